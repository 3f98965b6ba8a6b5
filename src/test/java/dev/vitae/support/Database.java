package dev.vitae.support;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Direct SQL against the test database, for states the API cannot reach by itself yet (a
 * profile stuck in {@code importing}) and for checking what was really stored.
 */
@ApplicationScoped
public class Database {

    private final Pool pool;

    public Database(Pool pool) {
        this.pool = pool;
    }

    public void setProfileStatus(String profileId, String status, String importError) {
        pool.preparedQuery("UPDATE profile SET status = $1, import_error = $2 WHERE id = $3")
                .execute(Tuple.of(status, importError, UUID.fromString(profileId)))
                .await().indefinitely();
    }

    public Row apiKey(String keyId) {
        return pool.preparedQuery("SELECT * FROM api_key WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(keyId)))
                .await().indefinitely().iterator().next();
    }

    public long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    public String importJobState(UUID jobId) {
        return pool.preparedQuery("SELECT state FROM import_job WHERE id = $1").execute(Tuple.of(jobId))
                .await().indefinitely().iterator().next().getString("state");
    }

    /**
     * Leaves a profile importing with a job that a worker claimed and then died on: state
     * running, lease already expired, {@code attempts} parses of the file begun before.
     */
    public UUID strandImportJob(String accountId, String profileId, byte[] content, String format, int attempts) {
        return insertImportJob(accountId, profileId, content, format, "running", attempts, Duration.ZERO, null);
    }

    /**
     * Leaves a profile importing with its job and file as an upload leaves them, the job in
     * {@code state} and created {@code age} ago. A running job's lease has already expired (its
     * worker died) and {@code attempts} parses of the file were begun before — unless
     * {@code workerLock} is given: then its worker holds that session lock and an hour of lease.
     */
    private UUID insertImportJob(String accountId, String profileId, byte[] content, String format, String state,
            int attempts, Duration age, Integer workerLock) {
        UUID file = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        UUID account = UUID.fromString(accountId);
        pool.withTransaction(tx -> tx.preparedQuery("""
                INSERT INTO resume_file (id, account_id, file_name, content_type, format, size_bytes, sha256, content, uploaded_at)
                VALUES ($1, $2, 'test.txt', 'text/plain', $3, $4, 'x', $5, now())""")
                .execute(Tuple.of(file, account, format, (long) content.length, Buffer.buffer(content)))
                .chain(() -> tx.preparedQuery("""
                        UPDATE profile SET status = 'importing', import_job_id = $1, resume_file_id = $2 WHERE id = $3""")
                        .execute(Tuple.of(job, file, UUID.fromString(profileId))))
                .chain(() -> tx.preparedQuery("""
                        INSERT INTO import_job (id, account_id, target, target_id, file_id, state, attempts, lease_until, worker,
                                                worker_lock, created_at)
                        VALUES ($1, $2, 'profile', $3, $4, $5, $6,
                                CASE WHEN $9::int IS NOT NULL THEN now() + interval '1 hour'
                                     WHEN $8 THEN now() - interval '1 minute' END,
                                CASE WHEN $9::int IS NOT NULL THEN 'live-worker' WHEN $8 THEN 'dead-worker' END,
                                $9, now() - make_interval(secs => $7))""")
                        .execute(Tuple.from(new Object[] { job, account, profileId, file, state, attempts,
                                (double) age.toSeconds(), state.equals("running"), workerLock }))))
                .await().indefinitely();
        return job;
    }

    /**
     * Leaves a profile importing with a running job whose lease runs for an hour more, held by a
     * worker whose session lock has key {@code workerLock}: nobody may take the job while a
     * session holds that lock.
     */
    public UUID jobOfWorker(String accountId, String profileId, byte[] content, String format, int workerLock) {
        return insertImportJob(accountId, profileId, content, format, "running", 0, Duration.ZERO, workerLock);
    }

    public int importJobAttempts(UUID jobId) {
        return pool.preparedQuery("SELECT attempts FROM import_job WHERE id = $1").execute(Tuple.of(jobId))
                .await().indefinitely().iterator().next().getInteger("attempts");
    }

    /** How long the job took from upload to its end, in milliseconds. */
    public long importJobMillis(String targetId) {
        return pool.preparedQuery("""
                SELECT (EXTRACT(EPOCH FROM finished_at - created_at) * 1000)::bigint AS ms FROM import_job WHERE target_id = $1""")
                .execute(Tuple.of(targetId)).await().indefinitely().iterator().next().getLong("ms");
    }

    /** Moves a row's {@code created_at}, as concurrent inserts leave it: not monotonic in id. */
    public void setCreatedAt(String table, long id, Instant createdAt) {
        pool.preparedQuery("UPDATE " + table + " SET created_at = $1 WHERE id = $2")
                .execute(Tuple.of(OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC), id))
                .await().indefinitely();
    }

    /**
     * Queues an import job for the profile as if it had been uploaded {@code age} ago, and keeps
     * the job's row locked until closed: workers claim with {@code SKIP LOCKED}, so the job stays
     * queued (and visible to queue metrics) while the lock is held, then imports normally.
     */
    public AutoCloseable waitingImportJob(String accountId, String profileId, byte[] content, String format,
            Duration age) {
        for (int attempt = 0; attempt < 10; attempt++) {
            UUID job = insertImportJob(accountId, profileId, content, format, "queued", 0, age, null);
            SqlConnection connection = pool.getConnection().await().indefinitely();
            Transaction tx = connection.begin().await().indefinitely();
            String state = connection.preparedQuery("SELECT state FROM import_job WHERE id = $1 FOR UPDATE").execute(Tuple.of(job))
                    .await().indefinitely().iterator().next().getString("state");
            AutoCloseable release = () -> tx.rollback().eventually(connection::close).await().indefinitely();
            if (state.equals("queued")) {
                return release;
            }
            // A worker polled in between and took it: try again with a fresh job.
            try {
                release.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("could not hold an import job back from the workers");
    }

    public long profileVersion(String profileId) {
        return pool.preparedQuery("SELECT version FROM profile WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(profileId)))
                .await().indefinitely().iterator().next().getLong("version");
    }

    /**
     * Takes the row lock a write to this row needs ({@code SELECT ... FOR UPDATE} in an open
     * transaction) and holds it until closed, so requests writing that row wait inside their
     * transactions.
     */
    public AutoCloseable holdRowLock(String table, Object id) {
        SqlConnection connection = pool.getConnection().await().indefinitely();
        Transaction tx = connection.begin().await().indefinitely();
        connection.preparedQuery("SELECT 1 FROM " + table + " WHERE id = $1 FOR UPDATE").execute(Tuple.of(id))
                .await().indefinitely();
        return () -> tx.rollback().eventually(connection::close).await().indefinitely();
    }
}
