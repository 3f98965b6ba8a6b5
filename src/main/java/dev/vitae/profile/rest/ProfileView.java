package dev.vitae.profile.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.vitae.profile.Profile;
import dev.vitae.profile.ProfileStatus;
import dev.vitae.profile.sections.Contact;
import dev.vitae.profile.sections.Education;
import dev.vitae.profile.sections.Eligibility;
import dev.vitae.profile.sections.Links;
import dev.vitae.profile.sections.Location;
import dev.vitae.profile.sections.Preferences;
import dev.vitae.profile.sections.ProfileSections;
import dev.vitae.profile.sections.SelfIdentification;
import dev.vitae.profile.sections.WorkExperience;
import dev.vitae.resume.ImportReport;
import dev.vitae.resume.ResumeFileInfo;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A profile as the API returns it. {@code resume} is null until a file has been uploaded;
 * {@code import_report} until an import has finished, and again while the next one runs.
 */
@RegisterForReflection
public record ProfileView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 100) String name,
        @Schema(required = true) ProfileStatus status,
        @Schema(required = true, nullable = true, description = "Why the import failed; only when import_failed")
        String importError,
        @Schema(required = true, nullable = true) ImportReport importReport,
        @Schema(required = true) Contact contact,
        @Schema(required = true) Location location,
        @Schema(required = true) Links links,
        @Schema(required = true) List<WorkExperience> workExperience,
        @Schema(required = true) List<Education> education,
        @Schema(required = true) Eligibility eligibility,
        @Schema(required = true) Preferences preferences,
        @Schema(required = true) SelfIdentification selfIdentification,
        @Schema(required = true) List<String> memories,
        @Schema(required = true, nullable = true) String coverLetterTemplate,
        @Schema(required = true, nullable = true, description = "The uploaded file; null when there is none")
        ResumeFileInfo resume,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    static ProfileView of(Profile p) {
        ProfileSections s = p.sections;
        return new ProfileView(p.id, p.name, p.status, p.importError, p.importReport, s.contact(), s.location(), s.links(),
                s.workExperience(), s.education(), s.eligibility(), s.preferences(), s.selfIdentification(),
                s.memories(), p.coverLetterTemplate, p.resume, p.createdAt, p.updatedAt);
    }
}
