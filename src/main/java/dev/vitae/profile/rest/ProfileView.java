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

/** A profile as the API returns it. {@code resume} stays null until a file has been uploaded. */
public record ProfileView(
        UUID id,
        String name,
        ProfileStatus status,
        String importError,
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
        ResumeFile resume,
        Instant createdAt,
        Instant updatedAt) {

    /** Metadata of the résumé file a profile was imported from. */
    public record ResumeFile(String fileName, String contentType, long sizeBytes, String sha256, Instant uploadedAt) {
    }

    static ProfileView of(Profile p) {
        ProfileSections s = p.sections;
        return new ProfileView(p.id, p.name, p.status, p.importError, s.contact(), s.location(), s.links(),
                s.workExperience(), s.education(), s.eligibility(), s.preferences(), s.selfIdentification(),
                s.memories(), p.coverLetterTemplate, null, p.createdAt, p.updatedAt);
    }
}
