package dev.vitae.profile.sections;

import com.fasterxml.jackson.databind.annotation.EnumNaming;

import dev.vitae.common.LowerCaseEnums;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Ethnicity categories used by US EEO forms. In JSON: the constant's name in lower snake_case. */
@RegisterForReflection
@EnumNaming(LowerCaseEnums.class)
public enum Ethnicity {
    HISPANIC_OR_LATINO,
    WHITE,
    BLACK_OR_AFRICAN_AMERICAN,
    ASIAN,
    NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER,
    AMERICAN_INDIAN_OR_ALASKA_NATIVE,
    TWO_OR_MORE_RACES,
    PREFER_NOT_TO_SAY
}
