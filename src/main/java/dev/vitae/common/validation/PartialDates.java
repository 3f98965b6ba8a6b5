package dev.vitae.common.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Dates as résumés state them: a year, a month or a day ({@code 2020}, {@code 2020-03},
 * {@code 2020-03-15}). Formats are checked by pattern (on at most ten characters), calendar
 * validity and order here; {@link RealDate} and {@link InOrder} apply them to requests.
 */
public final class PartialDates {

    public static final String PARTIAL_DATE = "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$";
    public static final String FULL_DATE = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";
    public static final String MESSAGE = "must be a date YYYY, YYYY-MM or YYYY-MM-DD";
    public static final String FULL_MESSAGE = "must be a date YYYY-MM-DD";

    private static final Pattern PARTIAL = Pattern.compile(PARTIAL_DATE);
    private static final Pattern FULL = Pattern.compile(FULL_DATE);

    private PartialDates() {
    }

    public static boolean isPartialDate(String value) {
        return value != null && value.length() <= 10 && PARTIAL.matcher(value).matches();
    }

    public static boolean isFullDate(String value) {
        return value != null && value.length() == 10 && FULL.matcher(value).matches();
    }

    /** True when a well-formed value names a real day (rejects 2021-02-30). */
    public static boolean isRealDate(String value) {
        if (value == null || value.length() != 10) {
            return true;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * Whether {@code start} is not after {@code end}, compared at the precision both have
     * ({@code 2020-05} and {@code 2020} are in order either way).
     */
    public static boolean inOrder(String start, String end) {
        if (start == null || end == null) {
            return true;
        }
        int common = Math.min(start.length(), end.length());
        return start.substring(0, common).compareTo(end.substring(0, common)) <= 0;
    }
}
