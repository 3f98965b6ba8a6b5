package dev.vitae.profile;

import java.util.List;

import dev.vitae.profile.sections.Contact;
import dev.vitae.profile.sections.Education;
import dev.vitae.profile.sections.Eligibility;
import dev.vitae.profile.sections.Links;
import dev.vitae.profile.sections.Location;
import dev.vitae.profile.sections.Preferences;
import dev.vitae.profile.sections.ProfileSections;
import dev.vitae.profile.sections.SelfIdentification;
import dev.vitae.profile.sections.WorkExperience;

/**
 * The validated sections of one create or PATCH request. A {@code null} component means the key
 * was absent (untouched); a present key replaces its whole section, empty values included.
 * {@code coverLetterTemplate} is present-but-cleared when {@code clearCoverLetter} is set.
 */
public record ProfileChanges(
        String name,
        Contact contact,
        Location location,
        Links links,
        List<WorkExperience> workExperience,
        List<Education> education,
        Eligibility eligibility,
        Preferences preferences,
        SelfIdentification selfIdentification,
        List<String> memories,
        String coverLetterTemplate,
        boolean clearCoverLetter) {

    /** Replaces every section this request carries. */
    public void applyTo(Profile profile) {
        if (name != null) {
            profile.name = name;
        }
        ProfileSections current = profile.sections;
        profile.sections = new ProfileSections(
                contact != null ? contact : current.contact(),
                location != null ? location : current.location(),
                links != null ? links : current.links(),
                workExperience != null ? List.copyOf(workExperience) : current.workExperience(),
                education != null ? List.copyOf(education) : current.education(),
                eligibility != null ? eligibility : current.eligibility(),
                preferences != null ? preferences : current.preferences(),
                selfIdentification != null ? selfIdentification : current.selfIdentification(),
                memories != null ? List.copyOf(memories) : current.memories());
        if (clearCoverLetter) {
            profile.coverLetterTemplate = null;
        } else if (coverLetterTemplate != null) {
            profile.coverLetterTemplate = coverLetterTemplate;
        }
    }
}
