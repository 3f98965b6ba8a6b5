package dev.vitae.candidate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.vitae.common.JsonText;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The candidate table on the reactive client, next to {@link CandidateRepository} (Panache): the
 * PATCH, the measured hot path of the candidates API ({@code bench/api.sh}, docs/benchmarks.md),
 * and the import worker's writes (outside any Hibernate session). A candidate is read with its
 * job's title (a join); the activity rows that go with these changes are {@link ActivityRows}'. It keeps the entity's rules — the row is locked, the version
 * moves by one with every change (the ETag), {@code updated_at} is set — and the activity rows it
 * writes are those {@link Activity} maps. Every method runs on the connection of the caller's
 * transaction.
 */
@ApplicationScoped
public class CandidateRows {

    private static final TypeReference<Map<String, Object>> JSON_MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public CandidateRows(ObjectMapper json) {
        this.json = json;
    }

    /** The account's candidate, locked for the change, with its job's title; null when there is none. */
    public Uni<CandidateService.WithJob> lock(SqlConnection connection, UUID accountId, long id) {
        return connection.preparedQuery("SELECT c.id, c.public_id, c.account_id, c.job_id, c.version, c.name, c.email,"
                + " c.email_normalized, c.phone, c.linkedin, c.location, c.stage, c.rating, c.fit_score, c.application_source,"
                + " c.ats_candidate_id, c.resume_status, c.resume_data::text AS resume_data, c.resume_file_id, c.import_job_id,"
                + " c.applied_at, c.created_at, c.updated_at, j.title AS job_title"
                + " FROM candidate c JOIN job j ON j.id = c.job_id"
                + " WHERE c.id = $1 AND c.account_id = $2 FOR UPDATE OF c")
                .execute(Tuple.of(id, accountId))
                .map(rows -> rows.size() == 0 ? null : withJob(rows.iterator().next()));
    }

    /** Another candidate of the job with this normalised email, or null. */
    public Uni<Long> holderOf(SqlConnection connection, long jobId, String emailNormalized, long self) {
        return connection.preparedQuery("SELECT id FROM candidate WHERE job_id = $1 AND email_normalized = $2 AND id <> $3 LIMIT 1")
                .execute(Tuple.of(jobId, emailNormalized, self))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong("id"));
    }

    /** Writes the candidate's changeable columns; the version moves by one and is set on {@code c}. */
    public Uni<Void> update(SqlConnection connection, Candidate c) {
        return connection.preparedQuery("UPDATE candidate SET name = $1, email = $2, email_normalized = $3, phone = $4,"
                + " linkedin = $5, location = $6, stage = $7, rating = $8, ats_candidate_id = $9, updated_at = $10,"
                + " version = version + 1 WHERE id = $11 RETURNING version")
                .execute(Tuple.from(new Object[] { c.name, c.email, c.emailNormalized, c.phone, c.linkedin, c.location,
                        c.stage.json(), c.rating, c.atsCandidateId, OffsetDateTime.ofInstant(c.updatedAt, ZoneOffset.UTC), c.id }))
                .invoke(rows -> c.version = rows.iterator().next().getLong("version"))
                .replaceWithVoid();
    }

    /** The candidate whose résumé this job reads, told that a worker took it (pending → processing). */
    public Uni<Void> importStarted(Pool pool, long id, UUID importJobId) {
        return pool.preparedQuery("UPDATE candidate SET resume_status = 'processing', version = version + 1, updated_at = now()"
                + " WHERE id = $1 AND import_job_id = $2 AND resume_status = 'pending'")
                .execute(Tuple.of(id, importJobId))
                .replaceWithVoid();
    }

    /** What an import's result is written against: the candidate's account and its job's title and description. */
    public record ImportSubject(UUID accountId, String jobTitle, String jobDescription) {
    }

    /**
     * The candidate, locked, while it still waits for this very job (a replaced résumé or a
     * deleted candidate is never overwritten); null when it no longer does.
     */
    public Uni<ImportSubject> lockForImport(SqlConnection connection, long id, UUID importJobId) {
        return connection.preparedQuery("SELECT c.account_id, j.title, j.description FROM candidate c"
                + " JOIN job j ON j.id = c.job_id WHERE c.id = $1 AND c.import_job_id = $2 FOR UPDATE OF c")
                .execute(Tuple.of(id, importJobId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new ImportSubject(row.getUUID("account_id"), row.getString("title"), row.getString("description"));
                });
    }

    /** Writes an import's end: processed with the parsed résumé and fit score, or failed. */
    public Uni<Void> importEnded(SqlConnection connection, long id, boolean processed, Map<String, Object> resumeData,
            Integer fitScore) {
        return connection.preparedQuery("UPDATE candidate SET resume_status = $2, resume_data = $3::text::jsonb, fit_score = $4,"
                + " import_job_id = NULL, version = version + 1, updated_at = now() WHERE id = $1")
                .execute(Tuple.of(id, processed ? "processed" : "failed", resumeData == null ? null : JsonText.of(json, resumeData), fitScore))
                .replaceWithVoid();
    }

    private CandidateService.WithJob withJob(Row row) {
        Candidate c = new Candidate();
        c.id = row.getLong("id");
        c.publicId = row.getUUID("public_id");
        c.accountId = row.getUUID("account_id");
        c.jobId = row.getLong("job_id");
        c.version = row.getLong("version");
        c.name = row.getString("name");
        c.email = row.getString("email");
        c.emailNormalized = row.getString("email_normalized");
        c.phone = row.getString("phone");
        c.linkedin = row.getString("linkedin");
        c.location = row.getString("location");
        c.stage = Stage.parse(row.getString("stage")).orElseThrow();
        c.rating = row.getInteger("rating");
        c.fitScore = row.getInteger("fit_score");
        c.applicationSource = row.getString("application_source");
        c.atsCandidateId = row.getString("ats_candidate_id");
        c.resumeStatus = row.getString("resume_status");
        c.resumeData = map(row.getString("resume_data"));
        c.resumeFileId = row.getUUID("resume_file_id");
        c.importJobId = row.getUUID("import_job_id");
        c.appliedAt = instant(row, "applied_at");
        c.createdAt = instant(row, "created_at");
        c.updatedAt = instant(row, "updated_at");
        Job job = new Job();
        job.id = c.jobId;
        job.accountId = c.accountId;
        job.title = row.getString("job_title");
        return new CandidateService.WithJob(c, job);
    }


    private Map<String, Object> map(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, JSON_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("candidate.resume_data is not a JSON object", e);
        }
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime at = row.getOffsetDateTime(column);
        return at == null ? null : at.toInstant();
    }
}
