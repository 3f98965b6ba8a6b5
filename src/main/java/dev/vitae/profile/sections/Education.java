package dev.vitae.profile.sections;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.vitae.common.validation.DateRange;
import dev.vitae.common.validation.InOrder;
import dev.vitae.common.validation.PartialDates;
import dev.vitae.common.validation.RealDate;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One school. The GPA is free text ("3.8/4.0") because scales differ between countries. */
@RegisterForReflection
@InOrder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Education(
        @Size(max = 200) String school,
        @Size(max = 200) String degree,
        @Size(max = 200) String fieldOfStudy,
        @Schema(pattern = PartialDates.PARTIAL_DATE, examples = "2021-03") @RealDate(partial = true) String startDate,
        @Schema(pattern = PartialDates.PARTIAL_DATE) @RealDate(partial = true) String endDate,
        @Size(max = 20) String gpa) implements DateRange {
}
