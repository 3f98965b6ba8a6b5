package dev.vitae.common;

import jakarta.ws.rs.core.EntityTag;

/**
 * Entity tags derived from a row's numeric {@code version} column. {@code If-Match} is compared
 * explicitly before a write (Hibernate ignores a version written onto a managed entity).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Whether an {@code If-Match} header value admits the current version. Absent header: yes.
     * {@code *} matches any existing resource; weak tags compare by their opaque value.
     */
    public static boolean matches(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return true;
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                    && tag.substring(1, tag.length() - 1).equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** Fails with 412 unless {@code If-Match} admits the current version. */
    public static void check(String ifMatch, long currentVersion) {
        if (!matches(ifMatch, currentVersion)) {
            throw ApiException.preconditionFailed();
        }
    }
}
