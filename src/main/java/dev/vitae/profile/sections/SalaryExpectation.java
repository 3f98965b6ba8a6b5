package dev.vitae.profile.sections;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.vitae.common.validation.IsoCurrency;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Desired pay: all three parts are required once a salary expectation is given. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SalaryExpectation(
        @NotNull @DecimalMin("0") @DecimalMax("1000000000") BigDecimal amount,
        @Schema(pattern = "^[A-Z]{3}$", examples = "EUR") @NotNull @IsoCurrency String currency,
        @NotNull SalaryPeriod period) {
}
