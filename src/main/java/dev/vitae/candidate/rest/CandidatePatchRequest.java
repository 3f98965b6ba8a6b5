package dev.vitae.candidate.rest;

import static dev.vitae.candidate.rest.CandidateCreateRequest.AT_MOST;
import static dev.vitae.candidate.rest.CandidateCreateRequest.EMAIL;
import static dev.vitae.candidate.rest.CandidateCreateRequest.MAX_ATS_ID;
import static dev.vitae.candidate.rest.CandidateCreateRequest.MAX_EMAIL;
import static dev.vitae.candidate.rest.CandidateCreateRequest.MAX_NAME;
import static dev.vitae.candidate.rest.CandidateCreateRequest.MAX_NOTES;
import static dev.vitae.candidate.rest.CandidateCreateRequest.MAX_PHONE;
import static dev.vitae.candidate.rest.CandidateCreateRequest.MAX_TEXT;
import static dev.vitae.candidate.rest.CandidateCreateRequest.RATING;
import static dev.vitae.candidate.rest.CandidateCreateRequest.SPAN;

import java.util.stream.Stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.vitae.candidate.CandidateInput;
import dev.vitae.candidate.Stage;
import dev.vitae.common.Patch;
import dev.vitae.common.validation.HttpUrl;
import dev.vitae.common.validation.NotCleared;
import dev.vitae.common.validation.TrimmedLength;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of {@code PATCH /api/v1/candidates/{id}}: each key a {@link Patch} — absent leaves the
 * field alone, {@code null} clears it (not {@code name} or {@code stage}). Unrecognised fields
 * are ignored, but at least one recognised field must be present.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "CandidatePatch", description = "All fields optional, at least one recognised; null clears a nullable field; "
        + "an absent field is untouched. Unrecognised fields are ignored.")
public record CandidatePatchRequest(
        @Schema(implementation = String.class, minLength = 1, maxLength = MAX_NAME, description = "Trimmed; not nullable")
        @NotCleared Patch<@TrimmedLength(min = 1, max = MAX_NAME, message = SPAN) String> name,

        @Schema(implementation = String.class, nullable = true, format = "email", maxLength = MAX_EMAIL)
        Patch<@TrimmedLength(max = MAX_EMAIL, message = AT_MOST) @Pattern(regexp = EMAIL, message = "must be an email address") String> email,

        @Schema(implementation = String.class, nullable = true, maxLength = MAX_PHONE)
        Patch<@TrimmedLength(max = MAX_PHONE, message = AT_MOST) String> phone,

        @Schema(implementation = String.class, nullable = true, format = "uri", maxLength = MAX_TEXT)
        Patch<@HttpUrl(max = MAX_TEXT) String> linkedin,

        @Schema(implementation = String.class, nullable = true, maxLength = MAX_TEXT)
        Patch<@TrimmedLength(max = MAX_TEXT, message = AT_MOST) String> location,

        @Schema(ref = "Stage", description = "Not nullable; a changed stage appends a stage_changed activity")
        @NotCleared Patch<Stage> stage,

        @Schema(implementation = String.class, nullable = true, maxLength = MAX_NOTES,
                description = "Not stored on the candidate: appends a note_added activity")
        Patch<@Size(max = MAX_NOTES, message = "must be at most {max} characters") String> notes,

        @Schema(implementation = Integer.class, nullable = true, minimum = "1", maximum = "5")
        Patch<@Min(value = 1, message = RATING) @Max(value = 5, message = RATING) Integer> rating,

        @Schema(implementation = String.class, nullable = true, maxLength = MAX_ATS_ID)
        Patch<@TrimmedLength(max = MAX_ATS_ID, message = AT_MOST) String> atsCandidateId) {

    static final String RECOGNISED = "ats_candidate_id, email, linkedin, location, name, notes, phone, rating, stage";

    /** True when the body named no recognised field (Jackson leaves every key absent). */
    boolean namesNothing() {
        return Stream.of(name, email, phone, linkedin, location, stage, notes, rating, atsCandidateId)
                .noneMatch(patch -> patch != null && patch.isPresent());
    }

    /** The changes, text trimmed as stored. */
    public CandidateInput input() {
        return new CandidateInput(null, Patch.trimmed(name), Patch.trimmed(email), Patch.trimmed(phone),
                Patch.trimmed(linkedin), Patch.trimmed(location), orAbsent(stage), orAbsent(notes), orAbsent(rating),
                Patch.trimmed(atsCandidateId));
    }

    private static <T> Patch<T> orAbsent(Patch<T> patch) {
        return patch == null ? Patch.absent() : patch;
    }
}
