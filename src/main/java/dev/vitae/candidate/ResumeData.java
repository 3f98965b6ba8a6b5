package dev.vitae.candidate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.vitae.resume.ParsedResume;

/**
 * A parsed résumé in the candidates API's documented shape (camelCase inside, as the original
 * API shows): {@code {personalInfo: {name, email, phone, location, links}, summary,
 * workExperience, education, skills}}. Built as plain maps so the API's snake_case naming leaves
 * the keys alone.
 */
final class ResumeData {

    private ResumeData() {
    }

    static Map<String, Object> of(ParsedResume r) {
        Map<String, Object> personal = new LinkedHashMap<>();
        String name = r.firstName() == null ? null : r.lastName() == null ? r.firstName() : r.firstName() + " " + r.lastName();
        personal.put("name", name);
        personal.put("email", r.email());
        personal.put("phone", r.phone());
        List<String> place = new ArrayList<>();
        for (String part : new String[] { r.city(), r.state(), r.country() }) {
            if (part != null) {
                place.add(part);
            }
        }
        personal.put("location", place.isEmpty() ? null : String.join(", ", place));
        List<String> links = new ArrayList<>();
        for (String link : new String[] { r.linkedin(), r.github(), r.portfolio(), r.website() }) {
            if (link != null) {
                links.add(link);
            }
        }
        personal.put("links", links);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personalInfo", personal);
        data.put("summary", r.summary());
        List<Map<String, Object>> work = new ArrayList<>();
        for (ParsedResume.Position p : r.work()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("company", p.company());
            entry.put("title", p.title());
            entry.put("location", p.location());
            entry.put("startDate", p.startDate());
            entry.put("endDate", p.current() ? null : p.endDate());
            entry.put("isCurrent", p.current());
            entry.put("description", p.description());
            work.add(entry);
        }
        data.put("workExperience", work);
        List<Map<String, Object>> education = new ArrayList<>();
        for (ParsedResume.School s : r.education()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("school", s.school());
            entry.put("degree", s.degree());
            entry.put("fieldOfStudy", s.fieldOfStudy());
            entry.put("startDate", s.startDate());
            entry.put("endDate", s.endDate());
            entry.put("gpa", s.gpa());
            education.add(entry);
        }
        data.put("education", education);
        data.put("skills", r.skills());
        return data;
    }
}
