package dev.vitae.profile.sections;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.vitae.common.validation.DateRange;
import dev.vitae.common.validation.InOrder;
import dev.vitae.common.validation.PartialDates;
import dev.vitae.common.validation.RealDate;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One position. Dates are YYYY, YYYY-MM or YYYY-MM-DD; a current position has no end date. */
@RegisterForReflection
@InOrder
@NoEndWhileCurrent
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WorkExperience(
        @Size(max = 200) String company,
        @Size(max = 200) String title,
        @Size(max = 200) String location,
        @Schema(pattern = PartialDates.PARTIAL_DATE, examples = "2021-03") @RealDate(partial = true) String startDate,
        @Schema(pattern = PartialDates.PARTIAL_DATE) @RealDate(partial = true) String endDate,
        @JsonProperty("is_current") Boolean isCurrent,
        @Size(max = 10000) String description) implements DateRange {
}
