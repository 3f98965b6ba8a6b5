package dev.vitae.candidate;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.common.Timestamps;
import dev.vitae.resume.ClaimedJob;
import dev.vitae.resume.ImportEnd;
import dev.vitae.resume.ImportFailure;
import dev.vitae.resume.ImportTarget;
import dev.vitae.resume.ParsedResume;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Writes a parsed résumé into its candidate — only while the candidate still waits for this job
 * (a replaced résumé or a deleted candidate is never overwritten) — with the fit score against
 * the candidate's job, and records {@code resume_processed} or {@code resume_failed}.
 */
@ApplicationScoped
public class CandidateImportTarget implements ImportTarget {

    public static final String NAME = "candidate";

    private final CandidateRows rows;
    private final ActivityRows activities;

    public CandidateImportTarget(CandidateRows rows, ActivityRows activities) {
        this.rows = rows;
        this.activities = activities;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<Void> started(Pool pool, ClaimedJob job) {
        return rows.importStarted(pool, Long.parseLong(job.targetId()), job.id());
    }

    @Override
    public Uni<ImportEnd> complete(SqlConnection tx, ClaimedJob job, ParsedResume parsed, ImportFailure failure) {
        long candidateId = Long.parseLong(job.targetId());
        return rows.lockForImport(tx, candidateId, job.id()).chain(target -> {
            if (target == null) {
                return Uni.createFrom().item(ImportEnd.abandoned());
            }
            // The worker hands over either a parsed résumé or the reason there is none.
            boolean ok = failure == null;
            Integer score = null;
            Map<String, Object> data = new LinkedHashMap<>();
            Map<String, Object> resumeData = null;
            if (ok) {
                FitScore.Result fit = FitScore.compute(parsed, target.jobTitle(), target.jobDescription());
                score = fit.score();
                data.put("fit_score", score);
                data.put("fit_score_details", fit.details());
                resumeData = ResumeData.of(parsed);
            } else {
                data.put("error", failure.message());
            }
            Activity activity = new Activity();
            activity.accountId = target.accountId();
            activity.candidateId = candidateId;
            activity.type = ok ? Activity.RESUME_PROCESSED : Activity.RESUME_FAILED;
            activity.data = data;
            activity.createdAt = Timestamps.now();
            return rows.importEnded(tx, candidateId, ok, resumeData, score)
                    .chain(() -> activities.record(tx, activity))
                    .replaceWith(ok ? ImportEnd.ready() : ImportEnd.failed(failure));
        });
    }
}
