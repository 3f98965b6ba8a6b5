package dev.vitae.common;

/** One invalid input field: its JSON path (e.g. {@code contact.email}) and what is wrong with it. */
public record FieldError(String field, String message) {
}
