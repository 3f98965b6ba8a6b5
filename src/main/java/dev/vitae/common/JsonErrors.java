package dev.vitae.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says in a client's words what a Jackson failure means for the field it names: an unknown or
 * read-only key ({@link ReadOnlyProperties}), a key given twice, a value of the wrong type. Jackson
 * stops at the first problem in a body, so that is the one reported.
 */
public final class JsonErrors {

    private static final String DUPLICATE = "Duplicate field '";

    private JsonErrors() {
    }

    /** The 400 for a body Jackson could not read. */
    public static ApiException problem(JsonProcessingException e) {
        // A parse failure met while binding arrives wrapped in a mapping failure; the parser knows best where.
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            String duplicate = t instanceof JsonParseException parse ? duplicateField(parse) : null;
            if (duplicate != null) {
                return ApiException.invalidField(duplicate, "is given more than once");
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ApiException.invalidField(field(mapping), message(mapping));
        }
        if (e instanceof MismatchedInputException) {
            return ApiException.badRequest("The request body must be a JSON object.");
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return ApiException.badRequest("The request body is not valid JSON" + where + ".");
    }

    /** The field's JSON path, e.g. {@code contact.first_name} or {@code work_experience[0]}. */
    public static String field(JsonMappingException e) {
        return Names.jsonPath(e.getPath());
    }

    public static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return isReadOnly(unknown) ? "is read-only" : "unknown field";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
                && StorableText.MESSAGE.equals(invalid.getOriginalMessage())) {
            return StorableText.MESSAGE;
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of: " + String.join(", ", enumValues(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        return "has the wrong type";
    }

    private static boolean isReadOnly(UnrecognizedPropertyException e) {
        Class<?> type = e.getReferringClass();
        ReadOnlyProperties readOnly = type == null ? null : type.getAnnotation(ReadOnlyProperties.class);
        return readOnly != null && Arrays.asList(readOnly.value()).contains(e.getPropertyName());
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "must be an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type.isPrimitive()) {
            return "must be a number";
        }
        if (type.isEnum()) {
            return "must be one of: " + String.join(", ", enumValues(type));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    /** The path of a key given twice in one object ({@code STRICT_DUPLICATE_DETECTION}), or null. */
    private static String duplicateField(JsonParseException e) {
        if (e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith(DUPLICATE)) {
            return null;
        }
        String name = e.getOriginalMessage().substring(DUPLICATE.length());
        name = name.substring(0, Math.max(0, name.indexOf('\'')));
        JsonParser parser = e.getProcessor();
        JsonStreamContext context = parser == null ? null : parser.getParsingContext();
        Deque<String> parts = new ArrayDeque<>();
        // The innermost object already holds the repeated name; its parents give the way to it.
        JsonStreamContext c = context == null ? null : context.getParent();
        for (; c != null && !c.inRoot(); c = c.getParent()) {
            parts.addFirst(c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.length() == 0 ? name : path.append('.').append(name).toString();
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
