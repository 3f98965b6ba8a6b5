package dev.vitae.profile.sections;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Ethnicity categories used by US EEO forms. Serialised in lowercase snake_case. */
@RegisterForReflection
public enum Ethnicity {
    HISPANIC_OR_LATINO("hispanic_or_latino"),
    WHITE("white"),
    BLACK_OR_AFRICAN_AMERICAN("black_or_african_american"),
    ASIAN("asian"),
    NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER("native_hawaiian_or_pacific_islander"),
    AMERICAN_INDIAN_OR_ALASKA_NATIVE("american_indian_or_alaska_native"),
    TWO_OR_MORE_RACES("two_or_more_races"),
    PREFER_NOT_TO_SAY("prefer_not_to_say");

    private final String json;

    Ethnicity(String json) {
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
