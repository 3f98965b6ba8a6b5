package dev.vitae.candidate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.annotation.EnumNaming;

import dev.vitae.common.LowerCaseEnums;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A candidate's place in the pipeline, in order. In JSON and in the database: the name in lower case. */
@RegisterForReflection
@EnumNaming(LowerCaseEnums.class)
public enum Stage {
    PROSPECT,
    APPLIED,
    PHONESCREEN,
    INPROGRESS,
    HIRED,
    REJECTED;

    /** Where a candidate starts when the request names no stage. */
    public static final Stage DEFAULT = PROSPECT;

    /** The JSON spellings, in pipeline order (for error messages). */
    public static final List<String> NAMES = Arrays.stream(values()).map(Stage::json).toList();

    public String json() {
        return LowerCaseEnums.json(this);
    }

    /** The stage written {@code text} exactly as the API spells it, if any. */
    public static Optional<Stage> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.json().equals(text)).findFirst();
    }

    /** Maps {@code candidate.stage} (the JSON spelling) for {@link Candidate}. */
    public static final class Column implements jakarta.persistence.AttributeConverter<Stage, String> {
        @Override
        public String convertToDatabaseColumn(Stage stage) {
            return stage == null ? null : stage.json();
        }

        @Override
        public Stage convertToEntityAttribute(String value) {
            return value == null ? null : parse(value).orElseThrow(() -> new IllegalArgumentException("unknown stage '" + value + "'"));
        }
    }

    public static String expected() {
        return "must be one of: " + String.join(", ", NAMES);
    }
}
