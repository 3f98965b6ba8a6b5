package dev.vitae.profile.sections;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.vitae.common.validation.HttpUrl;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Public profile URLs; each an absolute http(s) URL of at most 500 characters. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Links(@HttpUrl String linkedin, @HttpUrl String github, @HttpUrl String portfolio,
        @HttpUrl String website) {

    public static Links empty() {
        return new Links(null, null, null, null);
    }
}
