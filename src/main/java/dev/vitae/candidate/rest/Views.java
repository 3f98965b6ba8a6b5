package dev.vitae.candidate.rest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.vitae.candidate.Activity;
import dev.vitae.candidate.Candidate;
import dev.vitae.candidate.Job;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The candidates API's resources as clients see them (snake_case; resume_data camelCase inside). */
public final class Views {

    private Views() {
    }

    @RegisterForReflection
    public record JobView(long id, String title, String description, String location, String status,
            Instant createdAt, Instant updatedAt) {
        static JobView of(Job j) {
            return new JobView(j.id, j.title, j.description, j.location, j.status, j.createdAt, j.updatedAt);
        }
    }

    @RegisterForReflection
    public record JobRef(long id, String title) {
    }

    @RegisterForReflection
    public record CandidateView(long id, UUID publicId, String name, String email, String phone, String linkedin,
            String location, String stage, Integer rating, Integer fitScore, String applicationSource,
            String atsCandidateId, JobRef job, Instant createdAt, Instant updatedAt, Instant appliedAt,
            String resumeUrl, Map<String, Object> resumeData, String resumeStatus) {
        static CandidateView of(Candidate c, Job job, String resumeUrl) {
            return new CandidateView(c.id, c.publicId, c.name, c.email, c.phone, c.linkedin, c.location, c.stage,
                    c.rating, c.fitScore, c.applicationSource, c.atsCandidateId,
                    job == null ? null : new JobRef(job.id, job.title), c.createdAt, c.updatedAt, c.appliedAt,
                    resumeUrl, c.resumeData, c.resumeStatus);
        }
    }

    @RegisterForReflection
    public record ActivityView(long id, String type, Instant createdAt, Map<String, Object> data) {
        static ActivityView of(Activity a) {
            return new ActivityView(a.id, a.type, a.createdAt, a.data);
        }
    }
}
