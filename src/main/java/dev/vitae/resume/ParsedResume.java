package dev.vitae.resume;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the parser recovered from one résumé file. Every field may be null or empty: callers
 * decide what is enough (a profile needs a name and an email). Dates are {@code YYYY} or
 * {@code YYYY-MM}; work is most recent first. {@code report} says what the parser saw.
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
        List<String> skills,
        ImportReport report) {

    /** Months covered by at least one position (overlaps counted once); a current job runs to now. */
    public int experienceMonths() {
        List<int[]> spans = new ArrayList<>();
        YearMonth now = YearMonth.now();
        for (Position p : work) {
            if (p.startDate() == null || p.startDate().length() < 4) {
                continue;
            }
            int start = monthIndex(p.startDate(), 1);
            int end = p.current() || p.endDate() == null ? now.getYear() * 12 + now.getMonthValue() - 1
                    : monthIndex(p.endDate(), 12);
            if (end >= start) {
                spans.add(new int[] { start, end });
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        int total = 0;
        int coveredTo = Integer.MIN_VALUE;
        for (int[] s : spans) {
            int start = Math.max(s[0], coveredTo + 1);
            if (s[1] >= start) {
                total += s[1] - start + 1;
            }
            coveredTo = Math.max(coveredTo, s[1]);
        }
        return total;
    }

    private static int monthIndex(String date, int defaultMonth) {
        int year = Integer.parseInt(date.substring(0, 4));
        int month = date.length() >= 7 ? Integer.parseInt(date.substring(5, 7)) : defaultMonth;
        return year * 12 + month - 1;
    }

    /** One job. {@code current} jobs have no end date. */
    public record Position(String company, String title, String location, String startDate, String endDate,
            boolean current, String description) {
    }

    /** One school. */
    public record School(String school, String degree, String fieldOfStudy, String startDate, String endDate,
            String gpa) {
    }
}
