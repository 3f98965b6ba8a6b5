package dev.vitae.resume;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The import worker's read of a stored file ({@code resume_file}), on the reactive client: a
 * worker runs outside any request and holds no Hibernate session. {@link ResumeFileRepository}
 * (Panache) is the APIs' side of the same table.
 */
@ApplicationScoped
public class ResumeFileReads {

    /** A file's bytes and format, as the parser needs them. */
    public record Content(ResumeFormat format, byte[] bytes) {
    }

    private final Pool pool;

    public ResumeFileReads(Pool pool) {
        this.pool = pool;
    }

    /** The file's bytes and format; null when the file is gone (its owner was deleted meanwhile). */
    public Uni<Content> content(UUID id) {
        return pool.preparedQuery("SELECT format, content FROM resume_file WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new Content(ResumeFormat.fromDb(row.getString("format")), row.getBuffer("content").getBytes());
                });
    }
}
