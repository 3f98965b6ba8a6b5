package dev.vitae.candidate.rest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.vitae.candidate.Activity;
import dev.vitae.candidate.Candidate;
import dev.vitae.candidate.Job;
import dev.vitae.candidate.JobStatus;
import dev.vitae.candidate.Stage;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The candidates API's resources as clients see them (snake_case; resume_data camelCase inside).
 * Every key is always sent, null included, so every key is required in the OpenAPI document and
 * the ones that can be null say so.
 */
public final class Views {

    private Views() {
    }

    @RegisterForReflection
    @Schema(name = "JobView")
    public record JobView(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            @Schema(required = true, nullable = true) String description,
            @Schema(required = true, nullable = true) String location,
            @Schema(required = true) JobStatus status,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {
        static JobView of(Job j) {
            return new JobView(j.id, j.title, j.description, j.location, j.status, j.createdAt, j.updatedAt);
        }
    }

    @RegisterForReflection
    @Schema(name = "JobRef")
    public record JobRef(@Schema(required = true) long id, @Schema(required = true) String title) {
    }

    @RegisterForReflection
    @Schema(name = "CandidateView")
    public record CandidateView(
            @Schema(required = true) long id,
            @Schema(required = true) UUID publicId,
            @Schema(required = true) String name,
            @Schema(required = true, nullable = true) String email,
            @Schema(required = true, nullable = true) String phone,
            @Schema(required = true, nullable = true) String linkedin,
            @Schema(required = true, nullable = true) String location,
            @Schema(required = true) Stage stage,
            @Schema(required = true, nullable = true, minimum = "1", maximum = "5") Integer rating,
            @Schema(required = true, nullable = true, minimum = "0", maximum = "100",
                    description = "How well the parsed résumé fits the job's description; null until a résumé is processed") Integer fitScore,
            @Schema(required = true) String applicationSource,
            @Schema(required = true, nullable = true) String atsCandidateId,
            @Schema(required = true, nullable = true) JobRef job,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) Instant appliedAt,
            @Schema(required = true, nullable = true, description = "A signed, expiring link to the résumé file") String resumeUrl,
            @Schema(required = true, nullable = true, description = "The parsed résumé (camelCase keys inside)") Map<String, Object> resumeData,
            @Schema(required = true, enumeration = { "none", "pending", "processing", "processed", "failed" }) String resumeStatus) {
        static CandidateView of(Candidate c, Job job, String resumeUrl) {
            return new CandidateView(c.id, c.publicId, c.name, c.email, c.phone, c.linkedin, c.location, c.stage,
                    c.rating, c.fitScore, c.applicationSource, c.atsCandidateId,
                    job == null ? null : new JobRef(job.id, job.title), c.createdAt, c.updatedAt, c.appliedAt,
                    resumeUrl, c.resumeData, c.resumeStatus);
        }
    }

    @RegisterForReflection
    @Schema(name = "ActivityView")
    public record ActivityView(
            @Schema(required = true) long id,
            @Schema(required = true, enumeration = { Activity.CANDIDATE_CREATED, Activity.NOTE_ADDED, Activity.STAGE_CHANGED,
                    Activity.RESUME_UPLOADED, Activity.RESUME_PROCESSED, Activity.RESUME_FAILED }) String type,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, description = "What happened; its keys depend on the type") Map<String, Object> data) {
        static ActivityView of(Activity a) {
            return new ActivityView(a.id, a.type, a.createdAt, a.data);
        }
    }
}
