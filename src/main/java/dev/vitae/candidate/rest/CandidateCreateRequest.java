package dev.vitae.candidate.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.vitae.candidate.CandidateInput;
import dev.vitae.candidate.Stage;
import dev.vitae.common.Patch;
import dev.vitae.common.validation.HttpUrl;
import dev.vitae.common.validation.TrimmedLength;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of {@code POST /api/v1/candidates} (JSON, or the same fields as multipart form fields).
 * Jackson reads the types (a wrong type is a 400 naming the field); Bean Validation checks the
 * rest. Unrecognised fields are ignored, as the candidates API documents.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "CandidateCreate", description = "A new candidate for one of the account's jobs. Unrecognised fields are ignored.")
public record CandidateCreateRequest(
        @Schema(description = "One of the account's jobs") @NotNull(message = "is required") Long jobId,

        @Schema(minLength = 1, maxLength = CandidateCreateRequest.MAX_NAME, description = "Trimmed")
        @NotNull(message = "is required") @TrimmedLength(min = 1, max = MAX_NAME, message = SPAN) String name,

        @Schema(nullable = true, format = "email", maxLength = MAX_EMAIL,
                description = "Trimmed; compared case-insensitively: one candidate per email and job")
        @TrimmedLength(max = MAX_EMAIL, message = AT_MOST) @Pattern(regexp = EMAIL, message = "must be an email address") String email,

        @Schema(nullable = true, maxLength = MAX_PHONE, description = "Stored in E.164 when it parses as a phone number")
        @TrimmedLength(max = MAX_PHONE, message = AT_MOST) String phone,

        @Schema(nullable = true, format = "uri", maxLength = MAX_TEXT) @HttpUrl(max = MAX_TEXT) String linkedin,

        @Schema(nullable = true, maxLength = MAX_TEXT) @TrimmedLength(max = MAX_TEXT, message = AT_MOST) String location,

        @Schema(nullable = true, defaultValue = "prospect") Stage stage,

        @Schema(nullable = true, maxLength = MAX_NOTES, description = "Not stored on the candidate: appends a note_added activity")
        @Size(max = MAX_NOTES, message = "must be at most {max} characters") String notes,

        @Schema(nullable = true) @Min(value = 1, message = RATING) @Max(value = 5, message = RATING) Integer rating,

        @Schema(nullable = true, maxLength = MAX_ATS_ID) @TrimmedLength(max = MAX_ATS_ID, message = AT_MOST) String atsCandidateId) {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    static final int MAX_PHONE = 100;
    static final int MAX_TEXT = 500;
    static final int MAX_NOTES = 2000;
    static final int MAX_ATS_ID = 255;
    static final String SPAN = "must be {min} to {max} characters after trimming";
    static final String AT_MOST = "must be at most {max} characters after trimming";
    static final String RATING = "must be an integer from 1 to 5, or null";
    /** Something@domain.tld, surrounding whitespace allowed (it is trimmed away). */
    static final String EMAIL = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}\\s*";

    /** The candidate to create, text trimmed as stored. */
    public CandidateInput input() {
        return new CandidateInput(jobId, Patch.trimmed(Patch.of(name)), Patch.trimmed(Patch.of(email)),
                Patch.trimmed(Patch.of(phone)), Patch.trimmed(Patch.of(linkedin)), Patch.trimmed(Patch.of(location)),
                Patch.of(stage), Patch.of(notes), Patch.of(rating), Patch.trimmed(Patch.of(atsCandidateId)));
    }
}
