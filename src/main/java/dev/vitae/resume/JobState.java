package dev.vitae.resume;

import jakarta.persistence.AttributeConverter;

/** Where an import job is: waiting for a worker, held by one under lease, or ended one way or the other. */
public enum JobState {
    QUEUED("queued"),
    RUNNING("running"),
    DONE("done"),
    FAILED("failed");

    private final String db;

    JobState(String db) {
        this.db = db;
    }

    /** The value in {@code import_job.state}. */
    public String db() {
        return db;
    }

    /** Maps {@code import_job.state} for {@link ImportJob}. */
    public static final class Column implements AttributeConverter<JobState, String> {
        @Override
        public String convertToDatabaseColumn(JobState state) {
            return state == null ? null : state.db;
        }

        @Override
        public JobState convertToEntityAttribute(String value) {
            for (JobState state : values()) {
                if (state.db.equals(value)) {
                    return state;
                }
            }
            throw new IllegalArgumentException("unknown import job state '" + value + "'");
        }
    }
}
