package dev.vitae.candidate;

import com.fasterxml.jackson.databind.annotation.EnumNaming;

import dev.vitae.common.LowerCaseEnums;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Whether a job takes candidates. In JSON and in the database: the name in lower case. */
@RegisterForReflection
@EnumNaming(LowerCaseEnums.class)
public enum JobStatus {
    OPEN,
    CLOSED;

    public String json() {
        return LowerCaseEnums.json(this);
    }

    /** Maps {@code job.status} (the JSON spelling) for {@link Job}. */
    public static final class Column implements jakarta.persistence.AttributeConverter<JobStatus, String> {
        @Override
        public String convertToDatabaseColumn(JobStatus status) {
            return status == null ? null : status.json();
        }

        @Override
        public JobStatus convertToEntityAttribute(String value) {
            for (JobStatus status : values()) {
                if (status.json().equals(value)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("unknown job status '" + value + "'");
        }
    }
}
