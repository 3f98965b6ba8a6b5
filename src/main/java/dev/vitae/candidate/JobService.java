package dev.vitae.candidate;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.common.ApiException;
import dev.vitae.common.Cursors;
import dev.vitae.common.ETags;
import dev.vitae.common.Timestamps;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Jobs of an account: create, read, list and change. */
@ApplicationScoped
public class JobService {

    private final JobRepository jobs;

    public JobService(JobRepository jobs) {
        this.jobs = jobs;
    }

    /** The writable fields of a job; null components are absent. */
    public record JobInput(java.util.Set<String> present, String title, String description, String location, String status) {
    }

    @WithTransaction
    public Uni<Job> create(UUID accountId, JobInput input) {
        Job job = new Job();
        job.accountId = accountId;
        job.title = input.title();
        job.description = input.description();
        job.location = input.location();
        job.status = input.status() == null ? "open" : input.status();
        job.createdAt = Timestamps.now();
        job.updatedAt = job.createdAt;
        return jobs.persist(job).call(jobs::flush);
    }

    @WithSession
    public Uni<Job> get(UUID accountId, long id) {
        return jobs.findOwned(accountId, id).onItem().ifNull().failWith(JobService::notFound);
    }

    @WithSession
    public Uni<List<Job>> page(UUID accountId, Cursors.Position after, int limit) {
        return jobs.page(accountId, after, limit);
    }

    @WithTransaction
    public Uni<Job> update(UUID accountId, long id, String ifMatch, JobInput input) {
        return jobs.findOwnedForUpdate(accountId, id)
                .onItem().ifNull().failWith(JobService::notFound)
                .invoke(job -> {
                    ETags.check(ifMatch, job.version);
                    if (input.present().contains("title")) {
                        job.title = input.title();
                    }
                    if (input.present().contains("description")) {
                        job.description = input.description();
                    }
                    if (input.present().contains("location")) {
                        job.location = input.location();
                    }
                    if (input.present().contains("status")) {
                        job.status = input.status();
                    }
                    job.updatedAt = Timestamps.now();
                })
                .call(jobs::flush);
    }

    static ApiException notFound() {
        return ApiException.notFound("Job");
    }
}
