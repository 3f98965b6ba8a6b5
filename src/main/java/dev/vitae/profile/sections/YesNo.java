package dev.vitae.profile.sections;

import com.fasterxml.jackson.databind.annotation.EnumNaming;

import dev.vitae.common.LowerCaseEnums;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A yes/no answer that may be withheld (disability status, LGBTQ+). In JSON: the constant's name in lower snake_case. */
@RegisterForReflection
@EnumNaming(LowerCaseEnums.class)
public enum YesNo {
    YES,
    NO,
    PREFER_NOT_TO_SAY
}
