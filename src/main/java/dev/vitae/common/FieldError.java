package dev.vitae.common;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One invalid input field: its JSON path (e.g. {@code contact.email}) and what is wrong with it. */
@RegisterForReflection
public record FieldError(String field, String message) {
}
