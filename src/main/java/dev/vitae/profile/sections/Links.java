package dev.vitae.profile.sections;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.vitae.common.validation.HttpUrl;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Public profile URLs; each an absolute http(s) URL of at most 500 characters. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Links(
        @Schema(format = "uri", maxLength = 500) @HttpUrl String linkedin,
        @Schema(format = "uri", maxLength = 500) @HttpUrl String github,
        @Schema(format = "uri", maxLength = 500) @HttpUrl String portfolio,
        @Schema(format = "uri", maxLength = 500) @HttpUrl String website) {

    public static Links empty() {
        return new Links(null, null, null, null);
    }
}
