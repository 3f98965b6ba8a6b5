package dev.vitae.resume;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Where an import's result goes (a profile, a candidate). The worker calls it inside the
 * transaction that finishes the job; the target writes only if it still waits for this very
 * job, so a deleted or re-imported target is never overwritten by a stale result.
 */
public interface ImportTarget {

    /** The {@code import_job.target} value this target handles. */
    String name();

    /**
     * Applies the outcome. {@code parsed} is null when the file could not be read at all;
     * {@code failure} is null when it was read. Returns how the import ended for this target:
     * {@link ImportEnd#abandoned()} when it no longer waits for this job.
     */
    Uni<ImportEnd> complete(SqlConnection tx, ClaimedJob job, ParsedResume parsed, ImportFailure failure);

    /** Called when a worker starts on the job (before parsing), e.g. to show "processing". */
    default Uni<Void> started(Pool pool, ClaimedJob job) {
        return Uni.createFrom().voidItem();
    }
}
