package dev.vitae.profile;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.databind.annotation.EnumNaming;

import dev.vitae.common.LowerCaseEnums;

/** Where a profile stands with respect to résumé import. In JSON and in the table: lower snake_case. */
@EnumNaming(LowerCaseEnums.class)
public enum ProfileStatus {
    READY,
    IMPORTING,
    IMPORT_FAILED;

    /** The status a {@code profile.status} column value names. */
    public static ProfileStatus fromDb(String value) {
        return value == null ? null : ProfileStatus.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Stores the lowercase API value, which is what the table's CHECK constraint lists. */
    @Converter(autoApply = true)
    public static class JpaConverter implements AttributeConverter<ProfileStatus, String> {
        @Override
        public String convertToDatabaseColumn(ProfileStatus status) {
            return status == null ? null : LowerCaseEnums.json(status);
        }

        @Override
        public ProfileStatus convertToEntityAttribute(String value) {
            return fromDb(value);
        }
    }
}
