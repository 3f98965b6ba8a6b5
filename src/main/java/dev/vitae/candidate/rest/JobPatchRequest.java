package dev.vitae.candidate.rest;

import static dev.vitae.candidate.rest.JobCreateRequest.AT_MOST;
import static dev.vitae.candidate.rest.JobCreateRequest.MAX_DESCRIPTION;
import static dev.vitae.candidate.rest.JobCreateRequest.MAX_LOCATION;
import static dev.vitae.candidate.rest.JobCreateRequest.MAX_TITLE;
import static dev.vitae.candidate.rest.JobCreateRequest.TITLE;

import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.vitae.candidate.JobService.JobInput;
import dev.vitae.candidate.JobStatus;
import dev.vitae.common.Patch;
import dev.vitae.common.validation.NotCleared;
import dev.vitae.common.validation.TrimmedLength;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of {@code PATCH /api/v1/jobs/{id}}: absent keys are untouched, {@code null} clears
 * description or location (title and status cannot be cleared). At least one recognised field.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "JobPatch", description = "Change a job's title, description, location or status; absent fields are untouched.")
public record JobPatchRequest(
        @Schema(implementation = String.class, minLength = 1, maxLength = MAX_TITLE, description = "Trimmed; not nullable")
        @NotCleared(message = TITLE) Patch<@TrimmedLength(min = 1, max = MAX_TITLE, message = TITLE) String> title,

        @Schema(implementation = String.class, nullable = true, maxLength = MAX_DESCRIPTION)
        Patch<@TrimmedLength(max = MAX_DESCRIPTION, message = AT_MOST) String> description,

        @Schema(implementation = String.class, nullable = true, maxLength = MAX_LOCATION)
        Patch<@TrimmedLength(max = MAX_LOCATION, message = AT_MOST) String> location,

        @Schema(ref = "JobStatus", description = "Not nullable")
        @NotCleared(message = "must be open or closed") Patch<JobStatus> status) {

    static final String RECOGNISED = "title, description, location, status";

    /** True when the body named no recognised field. */
    boolean namesNothing() {
        return Stream.of(title, description, location, status).noneMatch(patch -> patch != null && patch.isPresent());
    }

    /** The changes, text trimmed as stored. */
    public JobInput input() {
        return new JobInput(Patch.trimmed(title), Patch.trimmed(description), Patch.trimmed(location),
                status == null ? Patch.absent() : status);
    }
}
