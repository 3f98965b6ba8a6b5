package dev.vitae.candidate;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.vitae.resume.ClaimedJob;
import dev.vitae.resume.ImportEnd;
import dev.vitae.resume.ImportFailure;
import dev.vitae.resume.ImportTarget;
import dev.vitae.resume.ParsedResume;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes a parsed résumé into its candidate — only while the candidate still waits for this job
 * (a replaced résumé or a deleted candidate is never overwritten) — with the fit score against
 * the candidate's job, and records {@code resume_processed} or {@code resume_failed}.
 */
@ApplicationScoped
public class CandidateImportTarget implements ImportTarget {

    public static final String NAME = "candidate";

    private static final String LOCK = """
            SELECT c.id, c.account_id, j.title, j.description FROM candidate c JOIN job j ON j.id = c.job_id
             WHERE c.id = $1 AND c.import_job_id = $2 FOR UPDATE OF c""";
    private static final String APPLY = """
            UPDATE candidate SET resume_status = $2, resume_data = $3::text::jsonb, fit_score = $4,
                   import_job_id = NULL, version = version + 1, updated_at = now()
             WHERE id = $1""";
    private static final String RECORD = """
            INSERT INTO activity (account_id, candidate_id, type, data, created_at) VALUES ($1, $2, $3, $4::text::jsonb, now())""";

    private final ObjectMapper json;

    public CandidateImportTarget(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<Void> started(Pool pool, ClaimedJob job) {
        return pool.preparedQuery("""
                UPDATE candidate SET resume_status = 'processing', version = version + 1, updated_at = now()
                 WHERE id = $1 AND import_job_id = $2 AND resume_status = 'pending'""")
                .execute(Tuple.of(Long.parseLong(job.targetId()), job.id()))
                .replaceWithVoid();
    }

    @Override
    public Uni<ImportEnd> complete(SqlConnection tx, ClaimedJob job, ParsedResume parsed, ImportFailure failure) {
        long candidateId = Long.parseLong(job.targetId());
        return tx.preparedQuery(LOCK).execute(Tuple.of(candidateId, job.id())).chain(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().item(ImportEnd.abandoned());
            }
            Row row = rows.iterator().next();
            // The worker hands over either a parsed résumé or the reason there is none.
            boolean ok = failure == null;
            Integer score = null;
            Map<String, Object> activity = new LinkedHashMap<>();
            String data = null;
            if (ok) {
                FitScore.Result fit = FitScore.compute(parsed, row.getString("title"), row.getString("description"));
                score = fit.score();
                activity.put("fit_score", score);
                activity.put("fit_score_details", fit.details());
                data = write(ResumeData.of(parsed));
            } else {
                activity.put("error", failure.message());
            }
            String activityJson = write(activity);
            return tx.preparedQuery(APPLY)
                    .execute(Tuple.from(new Object[] { candidateId, ok ? "processed" : "failed", data, score }))
                    .chain(() -> tx.preparedQuery(RECORD).execute(Tuple.from(new Object[] { row.getUUID("account_id"),
                            candidateId, ok ? "resume_processed" : "resume_failed", activityJson })))
                    .replaceWith(ok ? ImportEnd.ready() : ImportEnd.failed(failure));
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }
}
