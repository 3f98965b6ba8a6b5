package dev.vitae.common;

import java.util.List;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

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

    /**
     * A Bean Validation path in JSON terms: {@code create.body.workExperience[0].endDate} →
     * {@code work_experience[0].end_date}. The method and parameter, and container elements such as
     * a {@code Patch}'s value or a list's element, are no part of the field's name (an index is).
     */
    public static String violationPath(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    out.append('[').append(node.getKey()).append(']');
                }
            }
            String name = node.getName();
            if (kind == ElementKind.BEAN || name == null || name.isEmpty() || name.startsWith("<")) {
                continue;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(snake(name));
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
