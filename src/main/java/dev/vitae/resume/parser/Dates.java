package dev.vitae.resume.parser;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as résumés print them, in the languages they come in: {@code Jan 2020}, {@code Sept.
 * 2019}, {@code ABR DE 2017}, {@code mrt 2016}, {@code 03/2019}, {@code 03/ 2023}, {@code 2019-03},
 * {@code 2019/05}, {@code 2013年5月}, {@code Summer 2012}, {@code 2019}; and ranges between them
 * ({@code – Present}, {@code to now}, {@code – heden}, {@code – 至今}, {@code 2022→present}, an
 * open {@code 2021 –}, {@code June – August 2017} with one year for both months). Results are
 * {@code YYYY-MM} or {@code YYYY}: the precision the résumé prints.
 */
final class Dates {

    /** Month names and abbreviations (English, French, German, Spanish, Portuguese, Italian, Dutch), accents removed. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Seasons name a year, not a month. */
    private static final Map<String, Integer> SEASONS = Map.of("spring", 0, "summer", 0, "fall", 0, "autumn", 0,
            "winter", 0, "printemps", 0, "ete", 0, "automne", 0, "hiver", 0, "sommer", 0);

    static {
        months(1, "january", "jan", "janvier", "janv", "januar", "jan", "enero", "ene", "janeiro", "gennaio", "gen",
                "januari");
        months(2, "february", "feb", "febr", "fevrier", "fevr", "fev", "februar", "febrero", "fevereiro", "febbraio",
                "februari");
        months(3, "march", "mar", "mars", "marz", "maerz", "mrz", "marzo", "marco", "maart", "mrt");
        months(4, "april", "apr", "avril", "avr", "abril", "abr", "aprile");
        months(5, "may", "mai", "mayo", "maio", "maggio", "mag", "mei");
        months(6, "june", "jun", "juin", "juni", "junio", "junho", "giugno", "giu");
        months(7, "july", "jul", "juillet", "juil", "juli", "julio", "julho", "luglio", "lug");
        months(8, "august", "aug", "aout", "agosto", "ago", "augustus");
        months(9, "september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre", "set");
        months(10, "october", "oct", "octobre", "oktober", "okt", "octubre", "outubro", "out", "ottobre", "ott");
        months(11, "november", "nov", "novembre", "noviembre", "novembro");
        months(12, "december", "dec", "decembre", "dezember", "dez", "diciembre", "dic", "dezembro", "dicembre");
    }

    private static void months(int month, String... names) {
        for (String name : names) {
            MONTHS.put(name, month);
        }
    }

    /** A month word as printed: any letters (checked against the names), optionally with a dot. */
    private static final String MONTH_WORD = "\\p{L}{3,10}\\.?";
    private static final String YEAR = "(?:19[4-9]\\d|20[0-4]\\d)";
    /**
     * Where a month word may start: not inside a word ("Grammar 2019" is no March), except after
     * a lower-case letter when it starts upper case — text glued by a converter ("CenterJun 2024").
     */
    private static final String MONTH_START = "(?:(?<![\\p{IsLatin}])|(?-i:(?<=[\\p{Ll}.])(?=\\p{Lu})))";
    /** One date, as a regex with no capturing groups (the parts are read again by {@link #normalize}). */
    private static final String DATE = "(?:" + MONTH_START + MONTH_WORD + "(?:\\s+(?:de|of|del))?,?\\s*['’]?" + YEAR
            + "|" + YEAR + "\\s*年\\s*\\d{1,2}\\s*月"
            + "|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*" + YEAR
            + "|(?:0?[1-9]|1[0-2])-" + YEAR
            + "|" + YEAR + "\\s*[-/.]\\s*(?:0?[1-9]|1[0-2])(?:[-/.]\\d{1,2})?(?![\\d.])"
            + "|" + YEAR + ")";
    static final String PRESENT = "(?:present|presently|current(?:ly)?|now|today|ongoing|to date|till date|date|"
            + "aujourd['’]hui|present|en cours|heute|jetzt|derzeit|actualidad|actual|presente|hoy|heden|nu|huidig|"
            + "atual|atualmente|o momento|momento|hoje|oggi|in corso|attuale|nuvarande|idag|obecnie|至今|现在|現在|今|目前)";
    /** Between the two ends of a range: a dash or arrow, or a word ("to", "bis", "até", "至"). */
    private static final String SEPARATOR = "(?:\\s*(?:–|—|-|−|‒|~|→|->|»|>|至|～)\\s*"
            + "|\\s+(?:to|until|till|through|thru|bis|tot|até|ate|au|al|à|a|hasta|fino al?|till)\\s+)";
    private static final Pattern RANGE = Pattern.compile(
            "(?iu)(?<![\\d/])(" + DATE + ")" + SEPARATOR + "(" + DATE + "|" + PRESENT + ")(?![\\p{IsLatin}\\d/])");
    /** "June – August 2017": two months sharing the year printed after the second. */
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "(?iu)(?<![\\d])" + MONTH_START + "(" + MONTH_WORD + ")" + SEPARATOR + "(" + MONTH_WORD + "),?\\s+(" + YEAR + ")(?![\\d])");
    private static final Pattern OPEN_RANGE = Pattern.compile(
            "(?iu)(?<![\\d/])(?:since\\s+|seit\\s+|depuis\\s+|desde\\s+|sinds\\s+)?(" + DATE + ")\\s*(?:–|—|-|→)\\s*:?(?:$|(?=[|·•]))"
                    + "|(?iu)(?<![\\p{L}])(?:since|seit|depuis|desde|sinds)\\s+(" + DATE + ")");
    private static final Pattern SINGLE = Pattern.compile("(?iu)(?<![\\d/])(" + DATE + ")(?![\\p{IsLatin}\\d/])");
    private static final Pattern WORD_YEAR = Pattern.compile(
            "(?iu)^(\\p{L}{3,10})\\.?(?:\\s+(?:de|of|del))?,?\\s*['’]?(" + YEAR + ")$");
    private static final Pattern CJK = Pattern.compile("^(" + YEAR + ")\\s*年\\s*(\\d{1,2})\\s*月$");
    private static final Pattern MONTH_FIRST = Pattern.compile("^(\\d{1,2})\\s*[-/.]\\s*(" + YEAR + ")$");
    private static final Pattern YEAR_FIRST = Pattern.compile("^(" + YEAR + ")\\s*[-/.]\\s*(\\d{1,2})(?:[-/.]\\d{1,2})?$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(" + YEAR + ")$");
    private static final Pattern PRESENT_ONLY = Pattern.compile("(?iu)^" + PRESENT + "$");

    private Dates() {
    }

    /** A date range found in a line: where it is and what it says. */
    record Range(int start, int end, String from, String to, boolean current) {
    }

    /** The first date range in the text, or null. A date followed by an open dash counts as ongoing. */
    static Range findRange(String text) {
        if (!hasDigit(text)) {
            // Every date this reads has a year in figures: most lines are skipped without a regex search.
            return null;
        }
        // A word before a year ("Class of 2017") is tried as a month and, when it is none, the
        // search goes on one character later, where the year alone may start a range.
        Matcher m = RANGE.matcher(text);
        for (int at = 0; at < text.length() && m.find(at); at = m.start() + 1) {
            String from = normalize(m.group(1));
            String toText = m.group(2);
            boolean current = PRESENT_ONLY.matcher(toText.trim()).matches();
            String to = current ? null : normalize(toText);
            if (from != null && (current || to != null) && (to == null || to.compareTo(from) >= 0)) {
                return new Range(m.start(), m.end(), from, to, current);
            }
        }
        Matcher months = MONTH_RANGE.matcher(text);
        for (int at = 0; at < text.length() && months.find(at); at = months.start() + 1) {
            Integer first = month(months.group(1));
            Integer second = month(months.group(2));
            if (first != null && second != null && first > 0 && second > 0) {
                int year = Integer.parseInt(months.group(3));
                int startYear = first > second ? year - 1 : year;
                return new Range(months.start(), months.end(), startYear + "-" + two(first), year + "-" + two(second), false);
            }
        }
        Matcher open = OPEN_RANGE.matcher(text);
        for (int at = 0; at < text.length() && open.find(at); at = open.start() + 1) {
            String from = normalize(open.group(1) != null ? open.group(1) : open.group(2));
            if (from != null) {
                return new Range(open.start(), open.end(), from, null, true);
            }
        }
        return null;
    }

    private static final Pattern DANGLING_START = Pattern.compile("(?iu)^\\s*(" + DATE + ")\\s*(?:–|—|-|−|→|to|until)\\s*(.*)$");
    private static final Pattern LEADING_END = Pattern.compile("(?iu)^\\s*(" + DATE + "|" + PRESENT + ")\\s*[.,;:]?\\s*(.*)$");

    /**
     * A range printed over two lines of a date column: "Jun 2019 - Lab Assistant" above
     * "Apr 2020". Returns the first line rewritten as "Jun 2019 – Apr 2020 Lab Assistant" with
     * what followed the second date, or null when the lines are no such pair.
     */
    static String joinStacked(String first, String second) {
        if (findRange(first) != null) {
            return null;
        }
        Matcher start = DANGLING_START.matcher(first);
        Matcher end = LEADING_END.matcher(second);
        if (!start.matches() || !end.matches() || normalize(start.group(1)) == null) {
            return null;
        }
        String joined = start.group(1) + " – " + end.group(1);
        Range range = findRange(joined);
        if (range == null || range.start() != 0 || range.end() != joined.length()) {
            return null;
        }
        String rest = (start.group(2) + " " + end.group(2)).trim();
        return rest.isEmpty() ? joined : joined + " " + rest;
    }

    /** A single date (e.g. a graduation date), or null. */
    static Range findSingle(String text) {
        if (!hasDigit(text)) {
            return null;
        }
        Matcher m = SINGLE.matcher(text);
        for (int at = 0; at < text.length() && m.find(at); at = m.start() + 1) {
            String date = normalize(m.group(1));
            if (date != null) {
                return new Range(m.start(), m.end(), null, date, false);
            }
        }
        return null;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code YYYY-MM} or {@code YYYY} for one printed date; null when it is not one (an unknown month word). */
    static String normalize(String printed) {
        String text = printed.trim();
        Matcher m = WORD_YEAR.matcher(text);
        if (m.matches()) {
            Integer month = month(m.group(1));
            return month == null ? null : month == 0 ? m.group(2) : m.group(2) + "-" + two(month);
        }
        m = CJK.matcher(text);
        if (m.matches()) {
            return monthOf(m.group(1), m.group(2));
        }
        m = MONTH_FIRST.matcher(text);
        if (m.matches()) {
            return monthOf(m.group(2), m.group(1));
        }
        m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return monthOf(m.group(1), m.group(2));
        }
        m = YEAR_ONLY.matcher(text);
        return m.matches() ? m.group(1) : null;
    }

    /** The month a word names (0 for a season), or null when it names none. */
    private static Integer month(String word) {
        String key = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace(".", "");
        Integer month = MONTHS.get(key);
        if (month != null) {
            return month;
        }
        return SEASONS.get(key);
    }

    private static String monthOf(String year, String month) {
        int number = Integer.parseInt(month);
        return number >= 1 && number <= 12 ? year + "-" + two(number) : null;
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
