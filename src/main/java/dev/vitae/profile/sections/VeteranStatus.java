package dev.vitae.profile.sections;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Veteran status as asked by US application forms. Serialised in lowercase snake_case. */
@RegisterForReflection
public enum VeteranStatus {
    PROTECTED_VETERAN("protected_veteran"),
    NOT_A_VETERAN("not_a_veteran"),
    PREFER_NOT_TO_SAY("prefer_not_to_say");

    private final String json;

    VeteranStatus(String json) {
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
