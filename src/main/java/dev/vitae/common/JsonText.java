package dev.vitae.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A value as JSON text written by the application's ObjectMapper, for a jsonb parameter ({@code $n::text::jsonb}). */
public final class JsonText {

    private JsonText() {
    }

    public static String of(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }
}
