package dev.vitae.profile.sections;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Gender as the applicant states it. Serialised in lowercase snake_case. */
@RegisterForReflection
public enum Gender {
    MALE("male"),
    FEMALE("female"),
    NON_BINARY("non_binary"),
    OTHER("other"),
    PREFER_NOT_TO_SAY("prefer_not_to_say");

    private final String json;

    Gender(String json) {
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
