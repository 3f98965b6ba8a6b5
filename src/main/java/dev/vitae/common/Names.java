package dev.vitae.common;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Field names as clients see them: snake_case JSON paths such as {@code work_experience[0].end_date}. */
public final class Names {

    private Names() {
    }

    public static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A Bean Validation property path ({@code workExperience[0].endDate}) in JSON terms. */
    public static String violationPath(String propertyPath) {
        // Method-parameter paths start with "method.arg": keep only the part after them.
        String[] parts = propertyPath.split("\\.");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part.startsWith("<") || part.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(snake(part));
        }
        return out.toString();
    }

    public static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
