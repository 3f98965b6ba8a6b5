package dev.vitae.resume;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.common.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The durable queue of import jobs ({@code import_job}), and the only code that knows its table.
 * Profiles and candidates {@link #enqueue} a file inside their own transaction; the
 * {@link ImportWorker} {@link #claim}s jobs fairly across accounts under a lease
 * ({@code FOR UPDATE SKIP LOCKED}, so replicas never take the same job; a job whose worker died is
 * taken again as soon as the worker's session is gone, or once its lease has expired), renews the
 * leases while it works, counts each parse begun, and {@link #finish}es jobs in the transaction
 * that applies the result.
 */
@ApplicationScoped
public class ImportQueue {

    /**
     * Takes up to $1 jobs: queued ones, and running ones whose worker is gone — its session lock
     * ({@link WorkerSession}) no longer held, or its lease expired. Fair across accounts: an
     * account's n-th waiting job gets turn n plus the jobs it already has running, and turns are
     * served in order (oldest first within a turn), so one account's uploads cannot take every
     * parser while another's wait. The claim check is repeated on each row as it is locked.
     */
    private static final String CLAIM = """
            WITH live AS (
                SELECT objid::bigint AS lock FROM pg_locks
                 WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid = $6::bigint::oid
                   AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            ), held AS (
                SELECT id, account_id FROM import_job
                 WHERE state = 'running' AND lease_until >= now()
                   AND (worker_lock IS NULL OR worker_lock IN (SELECT lock FROM live))
            ), waiting AS (
                SELECT w.id, w.created_at,
                       row_number() OVER (PARTITION BY w.account_id ORDER BY w.created_at, w.id)
                           + (SELECT count(*) FROM held h WHERE h.account_id = w.account_id) AS turn
                  FROM import_job w
                 WHERE w.state IN ('queued', 'running') AND w.id NOT IN (SELECT id FROM held)
            ), picked AS (
                SELECT j.id, j.state AS was
                  FROM import_job j JOIN waiting w ON w.id = j.id
                 WHERE j.state = 'queued'
                    OR (j.state = 'running' AND (j.lease_until < now()
                        OR (j.worker_lock IS NOT NULL AND j.worker_lock NOT IN (SELECT lock FROM live))))
                 ORDER BY w.turn, w.created_at, w.id
                 LIMIT $1
                 FOR UPDATE OF j SKIP LOCKED
            )
            UPDATE import_job j
               SET state = 'running', lease_until = now() + make_interval(secs => $2), worker = $3, worker_lock = $4
              FROM picked
             WHERE j.id = picked.id
            RETURNING j.id, j.account_id, j.target, j.target_id, j.file_id, j.attempts, picked.was = $5 AS taken_over""";
    /** A parse of the file begins: counted, so that a file whose parse kills the process stops being retried. */
    private static final String PARSING = """
            UPDATE import_job SET attempts = attempts + 1 WHERE id = $1 AND worker = $2 AND state = 'running'""";
    /** This worker still works on these jobs: their leases run on. */
    private static final String RENEW = """
            UPDATE import_job SET lease_until = now() + make_interval(secs => $3)
             WHERE id = ANY($1) AND worker = $2 AND state = 'running'""";
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

    /**
     * Takes up to {@code free} jobs for {@code worker}, whose session holds lock {@code lock}, each
     * leased for {@code lease}.
     */
    Uni<List<ClaimedJob>> claim(SqlClient client, int free, Duration lease, String worker, int lock) {
        return client.preparedQuery(CLAIM)
                .execute(Tuple.from(new Object[] { free, (double) lease.toSeconds(), worker, lock, JobState.RUNNING.db(),
                        WorkerSession.LOCK_CLASS }))
                .map(rows -> {
                    List<ClaimedJob> jobs = new ArrayList<>();
                    for (Row row : rows) {
                        jobs.add(new ClaimedJob(row.getUUID("id"), row.getUUID("account_id"), row.getString("target"),
                                row.getString("target_id"), row.getUUID("file_id"), row.getInteger("attempts"),
                                row.getBoolean("taken_over")));
                    }
                    return jobs;
                });
    }

    /** Counts a parse of the job's file as begun; false when this worker no longer holds the job. */
    Uni<Boolean> parsing(UUID jobId, String worker) {
        return pool.preparedQuery(PARSING).execute(Tuple.of(jobId, worker)).map(rows -> rows.rowCount() == 1);
    }

    /** Renews the leases of the jobs this worker is working on. */
    Uni<Void> renew(Collection<UUID> jobIds, String worker, Duration lease) {
        return pool.preparedQuery(RENEW).execute(Tuple.of(jobIds.toArray(UUID[]::new), worker, (double) lease.toSeconds()))
                .replaceWithVoid();
    }

    /**
     * Ends a job this worker still holds, in {@code tx}: done, or failed with its reason. False
     * when it no longer holds it (another worker took it over): the caller rolls back.
     */
    Uni<Boolean> finish(SqlConnection tx, UUID jobId, JobState end, String error, String worker) {
        return tx.preparedQuery(FINISH).execute(Tuple.of(jobId, end.db(), error, worker, JobState.RUNNING.db()))
                .map(rows -> rows.rowCount() == 1);
    }

    Uni<Depth> measure() {
        return pool.preparedQuery(MEASURE).execute(Tuple.of(JobState.QUEUED.db(), JobState.RUNNING.db()))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Depth(row.getLong("depth"), row.getLong("oldest_queued_ms"));
                });
    }
}
