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
}
