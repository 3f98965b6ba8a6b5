package dev.vitae.common;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Says in a client's words what a Jackson mapping failure means for the field it names. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The field's JSON path, e.g. {@code contact.first_name} or {@code work_experience[0]}. */
    public static String field(JsonMappingException e) {
        return Names.jsonPath(e.getPath());
    }

    public static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of: " + String.join(", ", enumValues(invalid.getTargetType()));
        }
        return "has the wrong type";
    }

    /** The JSON spellings of an enum's constants (lower snake_case, as every API enum is written). */
    static List<String> enumValues(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            values.add(LowerCaseEnums.json((Enum<?>) constant));
        }
        return values;
    }
}
