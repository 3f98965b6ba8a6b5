package dev.vitae.resume;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.common.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The small interface the profile and candidate code use to start an import: store the file
 * and a queued job inside the caller's transaction, and wake the workers when it commits.
 */
@ApplicationScoped
public class ImportQueue {

    /** Channel on which workers are told that a job is waiting. */
    public static final String JOBS_CHANNEL = "vitae_import_jobs";
    /** Channel on which waiters are told that an import ended; the payload is "target:id". */
    public static final String DONE_CHANNEL = "vitae_import_done";

    private final ResumeFileRepository files;

    public ImportQueue(ResumeFileRepository files) {
        this.files = files;
    }

    /** A file stored and a job queued for it, both in the caller's open transaction. */
    public record Enqueued(ResumeFile file, ImportJob job) {
    }

    /** Must run inside the caller's transaction (e.g. a {@code @WithTransaction} service method). */
    public Uni<Enqueued> enqueue(UUID accountId, String target, String targetId, Upload upload) {
        ResumeFile file = new ResumeFile();
        file.id = UUID.randomUUID();
        file.accountId = accountId;
        file.fileName = upload.fileName();
        file.contentType = upload.format().contentType();
        file.format = upload.format().dbValue();
        file.sizeBytes = upload.content().length;
        file.sha256 = upload.sha256();
        file.content = upload.content();
        file.uploadedAt = Timestamps.now();
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.accountId = accountId;
        job.target = target;
        job.targetId = targetId;
        job.fileId = file.id;
        job.state = "queued";
        job.createdAt = file.uploadedAt;
        return files.persist(file)
                .chain(() -> Panache.getSession())
                .chain(session -> session.persist(job)
                        .chain(session::flush)
                        // Delivered by PostgreSQL only when the transaction commits.
                        .chain(() -> session.createNativeQuery("NOTIFY " + JOBS_CHANNEL).executeUpdate()))
                .replaceWith(new Enqueued(file, job));
    }
}
