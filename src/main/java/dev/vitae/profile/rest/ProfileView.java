package dev.vitae.profile.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
        UUID id,
        String name,
        ProfileStatus status,
        String importError,
        ImportReport importReport,
        Contact contact,
        Location location,
        Links links,
        List<WorkExperience> workExperience,
        List<Education> education,
        Eligibility eligibility,
        Preferences preferences,
        SelfIdentification selfIdentification,
        List<String> memories,
        String coverLetterTemplate,
        ResumeFileInfo resume,
        Instant createdAt,
        Instant updatedAt) {

    static ProfileView of(Profile p) {
        ProfileSections s = p.sections;
        return new ProfileView(p.id, p.name, p.status, p.importError, p.importReport, s.contact(), s.location(), s.links(),
                s.workExperience(), s.education(), s.eligibility(), s.preferences(), s.selfIdentification(),
                s.memories(), p.coverLetterTemplate, p.resume, p.createdAt, p.updatedAt);
    }
}
