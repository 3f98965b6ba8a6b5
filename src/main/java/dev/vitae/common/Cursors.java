package dev.vitae.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors: the last id of a page plus a fingerprint of the filters that produced
 * it. Stable while new rows arrive (it points at an id, not an offset); reused with other
 * filters it is refused with 400.
 */
public final class Cursors {

    private static final String VERSION = "v1";

    private Cursors() {
    }

    public static String encode(long lastId, String filters) {
        String raw = VERSION + ":" + lastId + ":" + Hashes.sha256Hex(filters.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The id to continue before, or null without a cursor; 400 when it is malformed or from other filters. */
    public static Long decode(String cursor, String filters) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("cursor", "is not a cursor this API issued");
        }
        if (parts.length != 3 || !parts[0].equals(VERSION) || !parts[1].matches("\\d{1,19}")) {
            throw ApiException.invalidField("cursor", "is not a cursor this API issued");
        }
        String expected = Hashes.sha256Hex(filters.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        if (!parts[2].equals(expected)) {
            throw ApiException.invalidField("cursor", "belongs to a list with other filters; start again without it");
        }
        return Long.parseLong(parts[1]);
    }
}
