package dev.vitae.profile.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.vitae.common.Patch;
import dev.vitae.common.ReadOnlyProperties;
import dev.vitae.common.validation.NotCleared;
import dev.vitae.common.validation.OnCreate;
import dev.vitae.common.validation.OneLine;
import dev.vitae.common.validation.Required;
import dev.vitae.common.validation.TrimmedLength;
import dev.vitae.profile.ProfileChanges;
import dev.vitae.profile.sections.Contact;
import dev.vitae.profile.sections.Education;
import dev.vitae.profile.sections.Eligibility;
import dev.vitae.profile.sections.Links;
import dev.vitae.profile.sections.Location;
import dev.vitae.profile.sections.Preferences;
import dev.vitae.profile.sections.SelfIdentification;
import dev.vitae.profile.sections.WorkExperience;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of POST and PATCH (one schema serves both). Each key is a {@link Patch}: absent
 * leaves the section alone, {@code null} clears it (not allowed for {@code name} and
 * {@code contact}), a value replaces the whole section. Jackson reads it strictly (unknown and
 * read-only keys, wrong types → 400, see {@code common.StrictJson}); Bean Validation checks the
 * rest, with {@link OnCreate} adding what only creation requires.
 */
@RegisterForReflection
@ReadOnlyProperties({ "id", "status", "import_error", "import_report", "resume", "created_at", "updated_at" })
@Schema(name = "ProfileRequest", description = "Every key present replaces that whole section; absent keys are untouched. "
        + "null clears a section like {} or [] (not name or contact).")
public record ProfileRequest(
        @Schema(implementation = String.class, minLength = 1, maxLength = 100, defaultValue = "Default",
                description = "Trimmed, 1 to 100 characters")
        @NotCleared Patch<@TrimmedLength(min = 1, max = MAX_NAME) String> name,

        @Schema(implementation = Contact.class,
                description = "first_name, last_name and email are required on create and whenever contact is present")
        @NotCleared @Required(groups = OnCreate.class, message = "is required (first_name, last_name and email)")
        Patch<@Valid Contact> contact,

        @Schema(implementation = Location.class, nullable = true)
        Patch<@Valid Location> location,

        @Schema(implementation = Links.class, nullable = true)
        Patch<@Valid Links> links,

        @Schema(type = SchemaType.ARRAY, implementation = WorkExperience.class, maxItems = MAX_WORK_EXPERIENCE,
                nullable = true, description = "Most recent first")
        Patch<@Size(max = MAX_WORK_EXPERIENCE, message = ITEMS) List<@NotNull @Valid WorkExperience>> workExperience,

        @Schema(type = SchemaType.ARRAY, implementation = Education.class, maxItems = MAX_EDUCATION, nullable = true)
        Patch<@Size(max = MAX_EDUCATION, message = ITEMS) List<@NotNull @Valid Education>> education,

        @Schema(implementation = Eligibility.class, nullable = true)
        Patch<@Valid Eligibility> eligibility,

        @Schema(implementation = Preferences.class, nullable = true)
        Patch<@Valid Preferences> preferences,

        @Schema(implementation = SelfIdentification.class, nullable = true)
        Patch<@Valid SelfIdentification> selfIdentification,

        @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = MAX_MEMORIES, nullable = true,
                description = "Plain one-line sentences of at most 1000 characters")
        Patch<@Size(max = MAX_MEMORIES, message = ITEMS) List<@NotNull @OneLine @Size(max = MAX_MEMORY_LENGTH,
                message = CHARACTERS) String>> memories,

        @Schema(implementation = String.class, maxLength = MAX_COVER_LETTER, nullable = true,
                description = "\"\" or null clears it")
        Patch<@Size(max = MAX_COVER_LETTER, message = CHARACTERS) String> coverLetterTemplate) {

    static final int MAX_NAME = 100;
    static final int MAX_WORK_EXPERIENCE = 50;
    static final int MAX_EDUCATION = 20;
    static final int MAX_MEMORIES = 100;
    static final int MAX_MEMORY_LENGTH = 1000;
    static final int MAX_COVER_LETTER = 10000;
    static final String ITEMS = "must have at most {max} items";
    static final String CHARACTERS = "must be at most {max} characters";

    public ProfileRequest {
        name = orAbsent(name);
        contact = orAbsent(contact);
        location = orAbsent(location);
        links = orAbsent(links);
        workExperience = orAbsent(workExperience);
        education = orAbsent(education);
        eligibility = orAbsent(eligibility);
        preferences = orAbsent(preferences);
        selfIdentification = orAbsent(selfIdentification);
        memories = orAbsent(memories);
        coverLetterTemplate = orAbsent(coverLetterTemplate);
    }

    /** No key at all: an empty PATCH. (Not a bean getter, so it is no property of the schema or the JSON.) */
    public boolean namesNothing() {
        return !(name.isPresent() || contact.isPresent() || location.isPresent() || links.isPresent()
                || workExperience.isPresent() || education.isPresent() || eligibility.isPresent()
                || preferences.isPresent() || selfIdentification.isPresent() || memories.isPresent()
                || coverLetterTemplate.isPresent());
    }

    /** The validated request as the changes it makes: a {@code null} section is one left alone. */
    public ProfileChanges changes() {
        String letter = coverLetterTemplate.value();
        boolean clearLetter = coverLetterTemplate.isNull() || "".equals(letter);
        return new ProfileChanges(
                name.hasValue() ? name.value().trim() : null,
                contact.value(),
                location.fold(Location.empty(), section -> section),
                links.fold(Links.empty(), section -> section),
                workExperience.fold(List.of(), List::copyOf),
                education.fold(List.of(), List::copyOf),
                eligibility.fold(Eligibility.empty(), section -> section),
                preferences.fold(Preferences.empty(), section -> section),
                selfIdentification.fold(SelfIdentification.empty(), section -> section),
                memories.fold(List.of(), List::copyOf),
                clearLetter ? null : letter,
                clearLetter);
    }

    private static <T> Patch<T> orAbsent(Patch<T> patch) {
        return patch == null ? Patch.absent() : patch;
    }
}
