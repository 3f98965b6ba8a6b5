package dev.vitae.candidate;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.common.ApiException;
import dev.vitae.common.Cursors;
import dev.vitae.common.ETags;
import dev.vitae.common.Patch;
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

    /** The writable fields of a job, validated and trimmed; an absent patch leaves the field alone. */
    public record JobInput(Patch<String> title, Patch<String> description, Patch<String> location, Patch<JobStatus> status) {
    }

    @WithTransaction
    public Uni<Job> create(UUID accountId, JobInput input) {
        Job job = new Job();
        job.accountId = accountId;
        job.title = input.title().value();
        job.description = input.description().value();
        job.location = input.location().value();
        job.status = input.status().hasValue() ? input.status().value() : JobStatus.OPEN;
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
                    if (input.title().isPresent()) {
                        job.title = input.title().value();
                    }
                    if (input.description().isPresent()) {
                        job.description = input.description().value();
                    }
                    if (input.location().isPresent()) {
                        job.location = input.location().value();
                    }
                    if (input.status().hasValue()) {
                        job.status = input.status().value();
                    }
                    job.updatedAt = Timestamps.now();
                })
                .call(jobs::flush);
    }

    static ApiException notFound() {
        return ApiException.notFound("Job");
    }
}
