package dev.vitae.profile.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.vitae.profile.sections.Contact;
import dev.vitae.profile.sections.Education;
import dev.vitae.profile.sections.Eligibility;
import dev.vitae.profile.sections.Links;
import dev.vitae.profile.sections.Location;
import dev.vitae.profile.sections.Preferences;
import dev.vitae.profile.sections.SelfIdentification;
import dev.vitae.profile.sections.WorkExperience;

/**
 * The request schema shared by POST and PATCH, for the OpenAPI document. Bodies are read by
 * {@link ProfileRequestReader}, which tells an absent key from a null one.
 */
@Schema(name = "ProfileRequest", description = "Every key present replaces that whole section; absent keys are untouched.")
public record ProfileRequest(
        @Schema(maxLength = 100, defaultValue = "Default") String name,
        @Schema(description = "first_name, last_name and email are required whenever contact is present") Contact contact,
        Location location,
        Links links,
        @Schema(maxItems = 50) List<WorkExperience> workExperience,
        @Schema(maxItems = 20) List<Education> education,
        Eligibility eligibility,
        Preferences preferences,
        SelfIdentification selfIdentification,
        @Schema(maxItems = 100, description = "Plain sentences of at most 1000 characters") List<String> memories,
        @Schema(maxLength = 10000, description = "\"\" or null clears it") String coverLetterTemplate) {
}
