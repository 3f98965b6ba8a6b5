package dev.vitae.resume.parser;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as résumés print them ({@code Jan 2020}, {@code Sept. 2019}, {@code 03/2019},
 * {@code 2019-03}, {@code 2019}) and ranges between them ({@code – Present}, {@code to now},
 * an open {@code 2021-11 —}). Results are {@code YYYY-MM} or {@code YYYY}.
 */
final class Dates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    /** Month names résumés use besides English: French, German, Spanish (accents optional). */
    private static final Map<String, Integer> OTHER_MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("januar", 1), Map.entry("februar", 2), Map.entry("märz", 3), Map.entry("maerz", 3),
            Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("oktober", 10), Map.entry("dezember", 12),
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
            Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10),
            Map.entry("noviembre", 11), Map.entry("diciembre", 12));
    private static final String MONTH = "(?:" + String.join("|", OTHER_MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList())
            + "|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "(?:19[3-9]\\d|20[0-4]\\d)";
    /** One date: month name + year, MM/YYYY, MM.YYYY, YYYY-MM, YYYY/MM, or a bare year. */
    static final String DATE = "(?:" + MONTH + ",?\\s+" + YEAR + "|(?:0?[1-9]|1[0-2])[/.]" + YEAR
            + "|" + YEAR + "[-/.](?:0[1-9]|1[0-2])(?![\\d])|" + YEAR + ")";
    static final String PRESENT = "(?:present|current(?:ly)?|now|today|ongoing|to date|date|aujourd['’]hui|présent"
            + "|en cours|heute|jetzt|derzeit|actualidad|presente|hoy)";
    private static final String SEPARATOR = "\\s*(?:–|—|-|−|‒|to|until|till|through|bis|→|>)\\s*";
    private static final Pattern RANGE = Pattern.compile(
            "(?iu)(?<![\\d/])(" + DATE + ")" + SEPARATOR + "(" + DATE + "|" + PRESENT + ")(?![\\w/])");
    private static final Pattern OPEN_RANGE = Pattern.compile(
            "(?iu)(?<![\\d/])(?:since\\s+|seit\\s+|depuis\\s+|desde\\s+)?(" + DATE + ")\\s*(?:–|—|-)\\s*$|(?iu)\\b(?:since|seit|depuis|desde)\\s+(" + DATE + ")");
    private static final Pattern SINGLE = Pattern.compile("(?iu)(?<![\\d/])(" + DATE + ")(?![\\w/])");
    private static final Pattern PARTS = Pattern.compile(
            "(?iu)(" + MONTH + "),?\\s+(" + YEAR + ")|(\\d{1,2})[/.](" + YEAR + ")|(" + YEAR + ")[-/.](\\d{2})|(" + YEAR + ")");

    private Dates() {
    }

    /** A date range found in a line: where it is and what it says. */
    record Range(int start, int end, String from, String to, boolean current) {
    }

    /** The first date range in the text, or null. A lone date counts as a range with no end. */
    static Range findRange(String text) {
        Matcher m = RANGE.matcher(text);
        if (m.find()) {
            String to = m.group(2);
            boolean current = to.toLowerCase(Locale.ROOT).matches(PRESENT);
            return new Range(m.start(), m.end(), normalize(m.group(1)), current ? null : normalize(to), current);
        }
        Matcher open = OPEN_RANGE.matcher(text);
        if (open.find()) {
            String from = open.group(1) != null ? open.group(1) : open.group(2);
            return new Range(open.start(), open.end(), normalize(from), null, true);
        }
        return null;
    }

    /** A single date (e.g. a graduation date), or null. */
    static Range findSingle(String text) {
        Matcher m = SINGLE.matcher(text);
        if (m.find()) {
            return new Range(m.start(), m.end(), null, normalize(m.group(1)), false);
        }
        return null;
    }

    /** {@code YYYY-MM} or {@code YYYY} for one printed date. */
    static String normalize(String printed) {
        Matcher m = PARTS.matcher(printed.trim());
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            String month = m.group(1).toLowerCase(Locale.ROOT).replace(".", "");
            Integer number = OTHER_MONTHS.containsKey(month) ? OTHER_MONTHS.get(month)
                    : MONTHS.get(month.length() > 4 ? month.substring(0, 3) : month);
            if (number == null) {
                number = MONTHS.get(month.substring(0, 3));
            }
            return m.group(2) + "-" + two(number);
        }
        if (m.group(3) != null) {
            return m.group(4) + "-" + two(Integer.parseInt(m.group(3)));
        }
        if (m.group(5) != null) {
            return m.group(5) + "-" + m.group(6);
        }
        return m.group(7);
    }

    /** Months between two {@code YYYY[-MM]} values (end null = now). */
    static int months(String from, String to) {
        YearMonth start = yearMonth(from, 1);
        YearMonth end = to == null ? YearMonth.now() : yearMonth(to, 12);
        if (start == null || end == null || end.isBefore(start)) {
            return 0;
        }
        return (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
    }

    private static YearMonth yearMonth(String value, int defaultMonth) {
        if (value == null || value.length() < 4) {
            return null;
        }
        int year = Integer.parseInt(value.substring(0, 4));
        int month = value.length() >= 7 ? Integer.parseInt(value.substring(5, 7)) : defaultMonth;
        return YearMonth.of(year, month);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
