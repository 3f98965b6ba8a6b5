package dev.vitae.resume;

import java.util.Locale;

/**
 * Why an import failed: the sentence its owner reads ({@code import_error}, a candidate's
 * {@code resume_failed} activity) and a reason from a closed set, which metrics count by.
 */
public record ImportFailure(Reason reason, String message) {

    /** Closed, so that a metrics label built from it stays bounded. */
    public enum Reason {
        /** The file is encrypted, damaged, empty, a scan without text, or otherwise unreadable. */
        UNREADABLE_FILE,
        /** More text than a résumé holds ({@code TextLimits.MAX_CHARS}). */
        TOO_MUCH_TEXT,
        /** Parsing ran past {@code vitae.import.parse-timeout}. */
        TIMEOUT,
        /** The parser failed unexpectedly on this file. */
        PARSER_ERROR,
        /** Its parse was begun {@code vitae.import.max-attempts} times and never ended (the process died). */
        TOO_MANY_ATTEMPTS,
        /** Read, but without what the target needs (a profile: first name, last name and email). */
        INCOMPLETE_RESUME,
        /** A job for a target this service does not know. */
        UNKNOWN_TARGET;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static ImportFailure of(Reason reason, String message) {
        return new ImportFailure(reason, message);
    }
}
