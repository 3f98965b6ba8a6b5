package dev.vitae.profile;

import com.fasterxml.jackson.annotation.JsonValue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Where a profile stands with respect to résumé import. */
public enum ProfileStatus {
    READY("ready"),
    IMPORTING("importing"),
    IMPORT_FAILED("import_failed");

    private final String json;

    ProfileStatus(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @Override
    public String toString() {
        return json;
    }

    static ProfileStatus fromJson(String value) {
        for (ProfileStatus status : values()) {
            if (status.json.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown profile status: " + value);
    }

    /** Stores the lowercase API value, which is what the table's CHECK constraint lists. */
    @Converter(autoApply = true)
    public static class JpaConverter implements AttributeConverter<ProfileStatus, String> {
        @Override
        public String convertToDatabaseColumn(ProfileStatus status) {
            return status == null ? null : status.json;
        }

        @Override
        public ProfileStatus convertToEntityAttribute(String value) {
            return value == null ? null : fromJson(value);
        }
    }
}
