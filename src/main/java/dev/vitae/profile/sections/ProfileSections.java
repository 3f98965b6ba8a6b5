package dev.vitae.profile.sections;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every replaceable section of a profile, stored as one jsonb document. Immutable: a PATCH
 * builds a new value with the sections it replaces.
 */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProfileSections(
        Contact contact,
        Location location,
        Links links,
        List<WorkExperience> workExperience,
        List<Education> education,
        Eligibility eligibility,
        Preferences preferences,
        SelfIdentification selfIdentification,
        List<String> memories) {

    public static ProfileSections empty() {
        return new ProfileSections(Contact.empty(), Location.empty(), Links.empty(), List.of(), List.of(),
                Eligibility.empty(), Preferences.empty(), SelfIdentification.empty(), List.of());
    }
}
