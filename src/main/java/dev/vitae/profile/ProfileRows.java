package dev.vitae.profile;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import dev.vitae.common.ApiException;
import dev.vitae.common.LowerCaseEnums;
import dev.vitae.profile.sections.ProfileSections;
import dev.vitae.resume.ImportReport;
import dev.vitae.resume.ResumeFileInfo;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The profile table on the reactive client, next to {@link ProfileRepository} (Panache): the hot
 * read of one profile — the jsonb sections arrive as text and are decoded once (Hibernate Reactive
 * decodes them to a Vert.x JSON object, encodes that again and decodes it a third time), measured
 * in docs/benchmarks.md — and the import worker's fenced write of a result. The API's writes stay
 * in {@link ProfileService}.
 */
@ApplicationScoped
public class ProfileRows {

    private static final String FIND = """
            SELECT id, account_id, version, name, status, import_error, sections::text AS sections,
                   cover_letter_template, resume::text AS resume, import_report::text AS import_report, created_at, updated_at
              FROM profile WHERE id = $1 AND account_id = $2""";

    private static final String IMPORT_ENDED = """
            UPDATE profile
               SET sections = sections || $1::text::jsonb, status = $2, import_error = $3, import_report = $6::text::jsonb,
                   import_job_id = NULL, version = version + 1, updated_at = now()
             WHERE id = $4 AND import_job_id = $5 AND status = 'importing'""";

    private final Pool pool;
    private final ObjectReader sections;
    private final ObjectReader resume;
    private final ObjectReader report;

    public ProfileRows(Pool pool, ObjectMapper json) {
        this.pool = pool;
        // What we stored is read leniently: a key an older or newer version wrote is no error here.
        ObjectReader stored = json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.sections = stored.forType(ProfileSections.class);
        this.resume = stored.forType(ResumeFileInfo.class);
        this.report = stored.forType(ImportReport.class);
    }

    /**
     * Writes an import's result — only while the profile is still importing for this very job (the
     * WHERE clause is the fence), so a PATCH, a re-import or a delete that got there first is never
     * overwritten. {@code sections} (JSON) is merged into the stored document. True when it was written.
     */
    public Uni<Boolean> importEnded(SqlConnection connection, UUID id, UUID importJobId, String sections, ProfileStatus status,
            String importError, String importReport) {
        return connection.preparedQuery(IMPORT_ENDED)
                .execute(Tuple.from(new Object[] { sections, LowerCaseEnums.json(status), importError, id, importJobId, importReport }))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Profile> find(UUID accountId, UUID id) {
        return pool.preparedQuery(FIND).execute(Tuple.of(id, accountId)).map(rows -> {
            if (rows.size() == 0) {
                throw ApiException.notFound("Profile");
            }
            return toProfile(rows.iterator().next());
        });
    }

    private Profile toProfile(Row row) {
        Profile p = new Profile();
        p.id = row.getUUID("id");
        p.accountId = row.getUUID("account_id");
        p.version = row.getLong("version");
        p.name = row.getString("name");
        p.status = ProfileStatus.fromDb(row.getString("status"));
        p.importError = row.getString("import_error");
        p.coverLetterTemplate = row.getString("cover_letter_template");
        p.createdAt = instant(row, "created_at");
        p.updatedAt = instant(row, "updated_at");
        try {
            p.sections = sections.readValue(row.getString("sections"));
            String file = row.getString("resume");
            p.resume = file == null ? null : resume.readValue(file);
            String imported = row.getString("import_report");
            p.importReport = imported == null ? null : report.readValue(imported);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored profile " + p.id + " has unreadable sections", e);
        }
        return p;
    }

    private static Instant instant(Row row, String column) {
        return row.getOffsetDateTime(column).toInstant();
    }
}
