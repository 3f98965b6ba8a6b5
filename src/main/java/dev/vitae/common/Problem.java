package dev.vitae.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An RFC 9457 {@code application/problem+json} body, as the profiles and admin APIs answer every
 * error: {@code detail} and {@code message} carry the same sentence; {@code errors} lists the
 * invalid fields of a validation failure and is left out otherwise.
 */
@RegisterForReflection
@Schema(name = "Problem", description = "An error (RFC 9457); errors only for validation failures")
public record Problem(
        @Schema(required = true, examples = "urn:vitae:problem:validation_error") String type,
        @Schema(required = true, examples = "Bad Request") String title,
        @Schema(required = true, examples = "400") int status,
        @Schema(required = true) String detail,
        @Schema(required = true, description = "A stable machine code", examples = "validation_error") String code,
        @Schema(required = true, description = "The same sentence as detail") String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {

    public static Problem of(int status, String code, String message, List<FieldError> errors) {
        return new Problem("urn:vitae:problem:" + code, ErrorBodies.title(status), status, message, code, message,
                errors == null ? List.of() : List.copyOf(errors));
    }
}
