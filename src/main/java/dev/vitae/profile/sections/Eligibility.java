package dev.vitae.profile.sections;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Where the applicant may work and whether they need a visa sponsor. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Eligibility(
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> workAuthorizedCountries,
        Boolean requiresSponsorship) {

    public static Eligibility empty() {
        return new Eligibility(null, null);
    }
}
