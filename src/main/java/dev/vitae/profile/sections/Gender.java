package dev.vitae.profile.sections;

import com.fasterxml.jackson.databind.annotation.EnumNaming;

import dev.vitae.common.LowerCaseEnums;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Gender as the applicant states it. In JSON: the constant's name in lower snake_case. */
@RegisterForReflection
@EnumNaming(LowerCaseEnums.class)
public enum Gender {
    MALE,
    FEMALE,
    NON_BINARY,
    OTHER,
    PREFER_NOT_TO_SAY
}
