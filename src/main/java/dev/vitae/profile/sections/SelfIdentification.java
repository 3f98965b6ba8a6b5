package dev.vitae.profile.sections;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Voluntary self-identification for equal-opportunity questions; every answer optional. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SelfIdentification(
        Gender gender,
        Ethnicity ethnicity,
        VeteranStatus veteranStatus,
        YesNo disabilityStatus,
        YesNo lgbtq) {

    public static SelfIdentification empty() {
        return new SelfIdentification(null, null, null, null, null);
    }
}
