package dev.vitae.candidate.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.vitae.candidate.JobService.JobInput;
import dev.vitae.candidate.JobStatus;
import dev.vitae.common.Patch;
import dev.vitae.common.validation.TrimmedLength;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of {@code POST /api/v1/jobs}. Unrecognised fields are ignored, as in the whole candidates API. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "JobCreate", description = "A new job. The description is what fit scores are computed against.")
public record JobCreateRequest(
        @Schema(minLength = 1, maxLength = JobCreateRequest.MAX_TITLE, description = "Trimmed")
        @NotNull(message = TITLE) @TrimmedLength(min = 1, max = MAX_TITLE, message = TITLE) String title,

        @Schema(nullable = true, maxLength = MAX_DESCRIPTION)
        @TrimmedLength(max = MAX_DESCRIPTION, message = AT_MOST) String description,

        @Schema(nullable = true, maxLength = MAX_LOCATION)
        @TrimmedLength(max = MAX_LOCATION, message = AT_MOST) String location,

        @Schema(nullable = true, defaultValue = "open") JobStatus status) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_LOCATION = 500;
    static final String TITLE = "is required: a string of 1 to 200 characters";
    static final String AT_MOST = "must be at most {max} characters after trimming";

    /** The job to create, text trimmed as stored. */
    public JobInput input() {
        return new JobInput(Patch.trimmed(Patch.of(title)), Patch.trimmed(Patch.of(description)),
                Patch.trimmed(Patch.of(location)), Patch.of(status));
    }
}
