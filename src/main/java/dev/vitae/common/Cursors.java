package dev.vitae.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opaque keyset cursors for lists ordered newest first by {@code (created_at DESC, id DESC)}: the
 * position of a page's last row plus a fingerprint of the filters that produced it. Stable while
 * new rows arrive (it points at a row's key, not an offset), and correct when {@code created_at}
 * is not monotonic in {@code id} (concurrent inserts); reused with other filters it is refused with 400.
 */
public final class Cursors {

    private static final String VERSION = "v2";
    private static final Pattern RAW = Pattern.compile("v2:(-?\\d{1,19}):(\\d{1,19}):([0-9a-f]{16})");

    private Cursors() {
    }

    /** Where a page ended: the last row's creation time (microseconds, as PostgreSQL keeps it) and id. */
    public record Position(Instant createdAt, long id) {
    }

    public static String encode(Position last, String filters) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, last.createdAt());
        String raw = VERSION + ":" + micros + ":" + last.id() + ":" + fingerprint(filters);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position to continue after, or null without a cursor; 400 when it is malformed or from other filters. */
    public static Position decode(String cursor, String filters) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
        Matcher m = RAW.matcher(raw);
        if (!m.matches()) {
            throw notOurs();
        }
        if (!m.group(3).equals(fingerprint(filters))) {
            throw ApiException.invalidField("cursor", "belongs to a list with other filters; start again without it");
        }
        try {
            return new Position(Instant.EPOCH.plus(Long.parseLong(m.group(1)), ChronoUnit.MICROS), Long.parseLong(m.group(2)));
        } catch (ArithmeticException | NumberFormatException | java.time.DateTimeException e) {
            throw notOurs();
        }
    }

    private static ApiException notOurs() {
        return ApiException.invalidField("cursor", "is not a cursor this API issued");
    }

    private static String fingerprint(String filters) {
        return Hashes.sha256Hex(filters.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
