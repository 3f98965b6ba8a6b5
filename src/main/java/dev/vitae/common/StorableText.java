package dev.vitae.common;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Text PostgreSQL can store: no NUL character (U+0000, which {@code text} and {@code jsonb} refuse)
 * and no unpaired UTF-16 surrogate (which would be stored as '?'). Every string a JSON body
 * carries is held to it when read ({@link Deserializer}, registered by {@link StrictJson}), and the
 * form fields and query parameters that are stored or compared are checked with {@link #check}:
 * either way the answer is a 400 naming the field, never a 500 and never a silently changed value.
 */
public final class StorableText {

    public static final String MESSAGE = "must not contain NUL characters or unpaired UTF-16 surrogates";

    private StorableText() {
    }

    public static boolean storable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The value itself, or a 400 on {@code field} when it cannot be stored. */
    public static String check(String field, String text) {
        if (!storable(text)) {
            throw ApiException.invalidField(field, MESSAGE);
        }
        return text;
    }

    /** Jackson's own string reading, then the check: a failure names the JSON path of the value. */
    public static final class Deserializer extends StdScalarDeserializer<String> {

        public Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (!storable(text)) {
                throw InvalidFormatException.from(parser, MESSAGE, text, String.class);
            }
            return text;
        }
    }
}
