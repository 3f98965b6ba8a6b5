package dev.vitae.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One invalid input field: its JSON path (e.g. {@code contact.email}) and what is wrong with it. */
@RegisterForReflection
public record FieldError(@Schema(required = true) String field, @Schema(required = true) String message) {
}
