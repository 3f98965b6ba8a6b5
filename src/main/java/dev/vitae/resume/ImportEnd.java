package dev.vitae.resume;

/**
 * How an import ended, as its target decided: {@code READY} (the result was applied),
 * {@code FAILED} (the target now shows why), or {@code ABANDONED} (the target was deleted,
 * edited or re-imported before the result arrived, so it was not applied).
 */
public record ImportEnd(Outcome outcome, ImportFailure failure) {

    public enum Outcome {
        READY, FAILED, ABANDONED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ImportEnd ready() {
        return new ImportEnd(Outcome.READY, null);
    }

    public static ImportEnd failed(ImportFailure failure) {
        return new ImportEnd(Outcome.FAILED, failure);
    }

    public static ImportEnd abandoned() {
        return new ImportEnd(Outcome.ABANDONED, null);
    }

    /** The failure reason as a metrics label: {@code none} unless the import failed. */
    public String reasonLabel() {
        return failure == null ? "none" : failure.reason().label();
    }
}
