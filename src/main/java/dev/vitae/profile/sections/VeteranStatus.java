package dev.vitae.profile.sections;

import com.fasterxml.jackson.databind.annotation.EnumNaming;

import dev.vitae.common.LowerCaseEnums;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Veteran status as asked by US application forms. In JSON: the constant's name in lower snake_case. */
@RegisterForReflection
@EnumNaming(LowerCaseEnums.class)
public enum VeteranStatus {
    PROTECTED_VETERAN,
    NOT_A_VETERAN,
    PREFER_NOT_TO_SAY
}
