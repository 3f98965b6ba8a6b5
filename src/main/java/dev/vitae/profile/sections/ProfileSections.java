package dev.vitae.profile.sections;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every replaceable section of a profile, stored as one jsonb document. Immutable: a PATCH
 * builds a new value with the sections it replaces. A section is never null: one without
 * content is empty ({@code {}} or {@code []}), also when the stored document lacks its key.
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

    public ProfileSections {
        contact = contact == null ? Contact.empty() : contact;
        location = location == null ? Location.empty() : location;
        links = links == null ? Links.empty() : links;
        workExperience = workExperience == null ? List.of() : workExperience;
        education = education == null ? List.of() : education;
        eligibility = eligibility == null ? Eligibility.empty() : eligibility;
        preferences = preferences == null ? Preferences.empty() : preferences;
        selfIdentification = selfIdentification == null ? SelfIdentification.empty() : selfIdentification;
        memories = memories == null ? List.of() : memories;
    }

    public static ProfileSections empty() {
        return new ProfileSections(Contact.empty(), Location.empty(), Links.empty(), List.of(), List.of(),
                Eligibility.empty(), Preferences.empty(), SelfIdentification.empty(), List.of());
    }
}
