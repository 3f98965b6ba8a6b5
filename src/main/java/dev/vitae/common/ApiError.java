package dev.vitae.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The error body of the candidates API ({@code /api/v1}): {@code {"error": {"code", "message", "details"?}}}.
 * Profiles and {@code /admin} answer {@link Problem} instead.
 */
@RegisterForReflection
public record ApiError(@Schema(required = true) Detail error) {

    /** What went wrong: a stable code, a sentence for people, and the invalid fields of a validation error. */
    @RegisterForReflection
    @Schema(name = "ApiErrorDetail")
    public record Detail(@Schema(required = true) String code, @Schema(required = true) String message,
            @Schema(description = "The invalid fields of a validation error") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> details) {
    }

    public static ApiError of(String code, String message, List<FieldError> details) {
        return new ApiError(new Detail(code, message, details == null || details.isEmpty() ? null : details));
    }
}
