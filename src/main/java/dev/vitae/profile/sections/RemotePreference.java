package dev.vitae.profile.sections;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Where the applicant wants to work from. Serialised in lowercase snake_case. */
@RegisterForReflection
public enum RemotePreference {
    REMOTE("remote"),
    HYBRID("hybrid"),
    ONSITE("onsite"),
    NO_PREFERENCE("no_preference");

    private final String json;

    RemotePreference(String json) {
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
