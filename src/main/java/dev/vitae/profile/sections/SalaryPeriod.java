package dev.vitae.profile.sections;

import com.fasterxml.jackson.databind.annotation.EnumNaming;

import dev.vitae.common.LowerCaseEnums;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The period a salary amount is paid for. In JSON: the constant's name in lower snake_case. */
@RegisterForReflection
@EnumNaming(LowerCaseEnums.class)
public enum SalaryPeriod {
    HOUR,
    DAY,
    WEEK,
    MONTH,
    YEAR
}
