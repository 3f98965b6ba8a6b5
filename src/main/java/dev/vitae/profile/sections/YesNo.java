package dev.vitae.profile.sections;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A yes/no answer that may be withheld (disability status, LGBTQ+). Serialised in lowercase snake_case. */
@RegisterForReflection
public enum YesNo {
    YES("yes"),
    NO("no"),
    PREFER_NOT_TO_SAY("prefer_not_to_say");

    private final String json;

    YesNo(String json) {
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
