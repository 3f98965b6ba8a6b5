package dev.vitae.profile;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import dev.vitae.common.ApiException;
import dev.vitae.profile.sections.ProfileSections;
import dev.vitae.resume.ImportReport;
import dev.vitae.resume.ResumeFileInfo;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The hot read of one profile, straight from the reactive client: the jsonb sections arrive as
 * text and are decoded once (Hibernate Reactive decodes them to a Vert.x JSON object, encodes
 * that again and decodes it a third time). Measured in docs/benchmarks.md. Writes stay in
 * {@link ProfileService}.
 */
@ApplicationScoped
public class ProfileReads {

    private static final String FIND = """
            SELECT id, account_id, version, name, status, import_error, sections::text AS sections,
                   cover_letter_template, resume::text AS resume, import_report::text AS import_report, created_at, updated_at
              FROM profile WHERE id = $1 AND account_id = $2""";

    private final Pool pool;
    private final ObjectReader sections;
    private final ObjectReader resume;
    private final ObjectReader report;

    public ProfileReads(Pool pool, ObjectMapper json) {
        this.pool = pool;
        // What we stored is read leniently: a key an older or newer version wrote is no error here.
        ObjectReader stored = json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.sections = stored.forType(ProfileSections.class);
        this.resume = stored.forType(ResumeFileInfo.class);
        this.report = stored.forType(ImportReport.class);
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
