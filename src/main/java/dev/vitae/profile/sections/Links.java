package dev.vitae.profile.sections;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Public profile URLs; each an absolute http(s) URL of at most 500 characters (checked in ProfileValidator). */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Links(String linkedin, String github, String portfolio, String website) {

    public static Links empty() {
        return new Links(null, null, null, null);
    }
}
