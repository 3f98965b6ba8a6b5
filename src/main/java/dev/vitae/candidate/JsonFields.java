package dev.vitae.candidate;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.vitae.common.FieldError;

/** Reading one field of a candidates-API body, reporting what is wrong with it by name. */
public final class JsonFields {

    private JsonFields() {
    }

    /**
     * The string value of {@code field}; null when absent or JSON null. A non-string or a string
     * over {@code max} characters adds an error and yields null.
     */
    public static String text(JsonNode body, String field, int max, boolean nullable, List<FieldError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, "must be a string" + (nullable ? " or null" : "")));
            return null;
        }
        if (node.textValue().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        return node.textValue();
    }

    /**
     * As {@link #text}, for a field stored trimmed: surrounding whitespace is dropped first, and
     * {@code max} applies to what is stored.
     */
    public static String trimmed(JsonNode body, String field, int max, boolean nullable, List<FieldError> errors) {
        JsonNode node = body.get(field);
        if (node != null && node.isTextual()) {
            String value = node.textValue().trim();
            if (value.length() > max) {
                errors.add(new FieldError(field, "must be at most " + max + " characters after trimming"));
                return null;
            }
            return value;
        }
        return text(body, field, max, nullable, errors);
    }
}
