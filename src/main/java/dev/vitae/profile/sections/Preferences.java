package dev.vitae.profile.sections;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.vitae.common.validation.RealDate;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** What the applicant wants from the next job. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Preferences(
        @Valid SalaryExpectation salaryExpectation,
        @Schema(format = "date") @RealDate String earliestStartDate,
        Boolean willingToRelocate,
        RemotePreference remotePreference,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> preferredLocations) {

    public static Preferences empty() {
        return new Preferences(null, null, null, null, null);
    }
}
