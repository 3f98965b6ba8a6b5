package dev.vitae.resume;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.common.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The durable queue of import jobs ({@code import_job}), and the only code that knows its table.
 * Profiles and candidates {@link #enqueue} a file inside their own transaction; the
 * {@link ImportWorker} {@link #claim}s jobs under a lease ({@code FOR UPDATE SKIP LOCKED}, so
 * replicas never take the same job, and a job whose worker died is taken again once its lease has
 * expired) and {@link #finish}es them in the transaction that applies the result.
 */
@ApplicationScoped
public class ImportQueue {

    private static final String CLAIM = """
            UPDATE import_job j
               SET state = $4, attempts = j.attempts + 1,
                   lease_until = now() + make_interval(secs => $2), worker = $3
             WHERE j.id IN (SELECT id FROM import_job
                             WHERE state = $5 OR (state = $4 AND lease_until < now())
                             ORDER BY created_at
                             LIMIT $1
                             FOR UPDATE SKIP LOCKED)
            RETURNING j.id, j.account_id, j.target, j.target_id, j.file_id, j.attempts""";
    private static final String FINISH = """
            UPDATE import_job SET state = $2, error = $3, finished_at = now(), lease_until = NULL
             WHERE id = $1 AND state = $5 AND worker = $4""";
    /** Reads only the pending rows (a partial index), never the finished history. */
    private static final String MEASURE = """
            SELECT count(*) AS depth,
                   COALESCE((EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE state = $1)) * 1000)::bigint, 0)
                       AS oldest_queued_ms
              FROM import_job WHERE state IN ($1, $2)""";

    private final ResumeFileRepository files;
    private final Pool pool;

    public ImportQueue(ResumeFileRepository files, Pool pool) {
        this.files = files;
        this.pool = pool;
    }

    /** A file stored and a job queued for it, both in the caller's open transaction. */
    public record Enqueued(ResumeFile file, ImportJob job) {
    }

    /** How much waits, across all replicas. */
    public record Depth(long pending, long oldestQueuedMillis) {
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
        job.state = JobState.QUEUED;
        job.createdAt = file.uploadedAt;
        return files.persist(file)
                .chain(() -> Panache.getSession())
                .chain(session -> session.persist(job)
                        .chain(session::flush)
                        // Delivered by PostgreSQL only when the transaction commits.
                        .chain(() -> session.createNativeQuery("SELECT count(*) FROM pg_notify(?1, '')", Long.class)
                                .setParameter(1, ImportNotifications.JOBS).getSingleResult()))
                .replaceWith(new Enqueued(file, job));
    }

    /** Takes up to {@code free} jobs for {@code worker}, oldest first, each leased for {@code lease}. */
    Uni<List<ClaimedJob>> claim(int free, Duration lease, String worker) {
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(free, (double) lease.toSeconds(), worker, JobState.RUNNING.db(), JobState.QUEUED.db()))
                .map(rows -> {
                    List<ClaimedJob> jobs = new ArrayList<>();
                    for (Row row : rows) {
                        jobs.add(new ClaimedJob(row.getUUID("id"), row.getUUID("account_id"), row.getString("target"),
                                row.getString("target_id"), row.getUUID("file_id"), row.getInteger("attempts")));
                    }
                    return jobs;
                });
    }

    /** Ends a job this worker still holds, in {@code tx}: done, or failed with its reason. */
    Uni<Void> finish(SqlConnection tx, UUID jobId, JobState end, String error, String worker) {
        return tx.preparedQuery(FINISH).execute(Tuple.of(jobId, end.db(), error, worker, JobState.RUNNING.db()))
                .replaceWithVoid();
    }

    Uni<Depth> measure() {
        return pool.preparedQuery(MEASURE).execute(Tuple.of(JobState.QUEUED.db(), JobState.RUNNING.db()))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Depth(row.getLong("depth"), row.getLong("oldest_queued_ms"));
                });
    }
}
