package dev.vitae.common;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.AccessPattern;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One key of a PATCH body: absent (leave it), {@code null} (clear it) or a value (replace it).
 * {@code Optional} cannot tell the first two apart. Jackson fills it through {@link Reader};
 * Bean Validation reaches the value through {@link dev.vitae.common.validation.PatchValueExtractor},
 * so {@code Patch<@Size(max = 100) String>} checks the string when there is one.
 */
@RegisterForReflection
@JsonDeserialize(using = Patch.Reader.class)
public final class Patch<T> {

    private static final Patch<?> ABSENT = new Patch<>(false, null);
    private static final Patch<?> NULL = new Patch<>(true, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> ofNull() {
        return (Patch<T>) NULL;
    }

    /** A value; {@code null} makes the null patch. */
    public static <T> Patch<T> of(T value) {
        return value == null ? ofNull() : new Patch<>(true, value);
    }

    /** The key was in the body, with a value or {@code null}. */
    public boolean isPresent() {
        return present;
    }

    /** The key was in the body with {@code null}. */
    public boolean isNull() {
        return present && value == null;
    }

    public boolean hasValue() {
        return value != null;
    }

    /** The value, or {@code null} when absent or null. */
    public T value() {
        return value;
    }

    /**
     * What this patch makes of a section: {@code null} when absent (untouched), {@code whenNull}
     * when sent as {@code null}, else the value mapped.
     */
    public <R> R fold(R whenNull, Function<T, R> whenValue) {
        if (!present) {
            return null;
        }
        return value == null ? whenNull : whenValue.apply(value);
    }

    /** The same patch with its value mapped: absent stays absent, null stays null. */
    public <R> Patch<R> map(Function<T, R> mapper) {
        if (!present) {
            return absent();
        }
        return value == null ? ofNull() : of(mapper.apply(value));
    }

    /** A text patch with surrounding whitespace removed from its value. */
    public static Patch<String> trimmed(Patch<String> text) {
        return text == null ? absent() : text.map(String::trim);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Patch<?> p && p.present == present && Objects.equals(p.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(present, value);
    }

    @Override
    public String toString() {
        return !present ? "Patch.absent" : value == null ? "Patch.null" : "Patch[" + value + "]";
    }

    /** Reads the contained type with its own deserializer; a missing key is absent, {@code null} is null. */
    @RegisterForReflection
    public static final class Reader extends JsonDeserializer<Patch<?>> implements ContextualDeserializer {

        private final JsonDeserializer<?> content;

        public Reader() {
            this(null);
        }

        private Reader(JsonDeserializer<?> content) {
            this.content = content;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            JavaType contentType = type == null ? null : type.containedType(0);
            if (contentType == null) {
                contentType = ctxt.constructType(Object.class);
            }
            return new Reader(ctxt.findContextualValueDeserializer(contentType, property));
        }

        @Override
        public Patch<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Patch.of(content.deserialize(p, ctxt));
        }

        @Override
        public Patch<?> getNullValue(DeserializationContext ctxt) {
            return Patch.ofNull();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Patch.absent();
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.CONSTANT;
        }

        @Override
        public AccessPattern getEmptyAccessPattern() {
            return AccessPattern.DYNAMIC;
        }
    }
}
