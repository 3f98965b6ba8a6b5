package dev.vitae.profile.sections;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The period a salary amount is paid for. Serialised in lowercase snake_case. */
@RegisterForReflection
public enum SalaryPeriod {
    HOUR("hour"),
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    YEAR("year");

    private final String json;

    SalaryPeriod(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @Override
    public String toString() {
        return json;
    }
}
