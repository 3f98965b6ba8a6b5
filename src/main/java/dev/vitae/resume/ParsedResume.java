package dev.vitae.resume;

import java.util.List;

/**
 * What the parser recovered from one résumé file. Every field may be null or empty: callers
 * decide what is enough (a profile needs a name and an email). Dates are {@code YYYY} or
 * {@code YYYY-MM}; work is most recent first.
 */
public record ParsedResume(
        String firstName,
        String lastName,
        String email,
        String phone,
        String city,
        String state,
        String country,
        String linkedin,
        String github,
        String portfolio,
        String website,
        String headline,
        String summary,
        List<Position> work,
        List<School> education,
        List<String> skills) {

    /** One job. {@code current} jobs have no end date. */
    public record Position(String company, String title, String location, String startDate, String endDate,
            boolean current, String description) {
    }

    /** One school. */
    public record School(String school, String degree, String fieldOfStudy, String startDate, String endDate,
            String gpa) {
    }
}
