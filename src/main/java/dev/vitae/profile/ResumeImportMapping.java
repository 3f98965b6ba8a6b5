package dev.vitae.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.vitae.profile.sections.Contact;
import dev.vitae.profile.sections.Education;
import dev.vitae.profile.sections.Links;
import dev.vitae.profile.sections.Location;
import dev.vitae.profile.sections.WorkExperience;
import dev.vitae.resume.ParsedResume;
import dev.vitae.resume.ParsedResume.School;

/**
 * What an import writes into a profile: contact, location, links, work experience, education
 * and memories (plain sentences) — never eligibility, preferences, self-identification or the
 * cover letter — and why an import fails when the résumé lacks what a profile needs.
 */
public final class ResumeImportMapping {

    /** The sections an import replaces, as JSON keys of the profile's sections document. */
    public record ImportedSections(Contact contact, Location location, Links links, List<WorkExperience> workExperience,
            List<Education> education, List<String> memories) {
    }

    private static final int MAX_SKILLS_IN_MEMORY = 12;

    private ResumeImportMapping() {
    }

    public static ImportedSections sections(ParsedResume r) {
        Contact contact = new Contact(r.firstName(), r.lastName(), null, r.email(), r.phone(), null);
        Location location = new Location(null, null, r.city(), r.state(), null, r.country());
        Links links = new Links(r.linkedin(), r.github(), r.portfolio(), r.website());
        List<WorkExperience> work = r.work().stream().limit(50)
                .map(p -> new WorkExperience(p.company(), p.title(), p.location(), p.startDate(),
                        p.current() ? null : p.endDate(), p.current(), limit(p.description(), 10000)))
                .toList();
        List<Education> education = r.education().stream().limit(20)
                .map(s -> new Education(s.school(), s.degree(), s.fieldOfStudy(), s.startDate(), s.endDate(), s.gpa()))
                .toList();
        return new ImportedSections(contact, location, links, work, education, memories(r));
    }

    /** Why this résumé cannot make a usable profile, or empty when it can. */
    public static Optional<String> missing(ParsedResume r) {
        if (r.firstName() == null || r.lastName() == null) {
            return Optional.of("no name found in the resume");
        }
        if (r.email() == null) {
            return Optional.of("no email address found in the resume");
        }
        return Optional.empty();
    }

    /** A few plain sentences an auto-apply agent can reuse. */
    static List<String> memories(ParsedResume r) {
        List<String> memories = new ArrayList<>();
        int months = r.experienceMonths();
        if (months >= 12) {
            int years = months / 12;
            memories.add(years + (years == 1 ? " year" : " years") + " of professional experience");
        }
        r.work().stream().findFirst().ifPresent(p -> {
            if (p.title() != null && p.company() != null) {
                memories.add((p.current() ? "Current role: " : "Most recent role: ") + p.title() + " at " + p.company());
            } else if (p.title() != null) {
                memories.add("Most recent role: " + p.title());
            }
        });
        if (!r.skills().isEmpty()) {
            memories.add("Key skills: " + String.join(", ", r.skills().stream().limit(MAX_SKILLS_IN_MEMORY).toList()));
        }
        highestDegree(r.education()).ifPresent(s -> memories.add("Highest degree: " + s.degree()
                + (s.fieldOfStudy() != null ? " in " + s.fieldOfStudy() : "")
                + (s.school() != null ? " from " + s.school() : "")));
        return memories.stream().map(m -> limit(m.replaceAll("\\s+", " "), 1000)).toList();
    }

    private static Optional<School> highestDegree(List<School> schools) {
        return schools.stream().filter(s -> s.degree() != null).max(Comparator.comparingInt(s -> rank(s.degree())));
    }

    private static int rank(String degree) {
        String d = degree.toLowerCase(java.util.Locale.ROOT).replace(".", "").replace(" ", "");
        if (d.startsWith("phd") || d.startsWith("doctor") || d.startsWith("dphil") || d.equals("md") || d.equals("jd")) {
            return 4;
        }
        if (d.startsWith("master") || d.startsWith("m") || d.startsWith("ll")) {
            return 3;
        }
        if (d.startsWith("bachelor") || d.startsWith("b")) {
            return 2;
        }
        return 1;
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
