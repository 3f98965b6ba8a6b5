package dev.vitae.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.vitae.profile.ResumeImportMapping.ImportedSections;
import dev.vitae.resume.ClaimedJob;
import dev.vitae.resume.ImportEnd;
import dev.vitae.resume.ImportFailure;
import dev.vitae.resume.ImportTarget;
import dev.vitae.resume.ParsedResume;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Writes an import's result into its profile — only while the profile is still importing for
 * this very job (the WHERE clause is the fence), so a PATCH, a re-import or a delete that got
 * there first is never overwritten. Imported sections are merged into the sections document;
 * eligibility, preferences, self-identification and the cover letter are not touched.
 */
@ApplicationScoped
public class ProfileImportTarget implements ImportTarget {

    public static final String NAME = "profile";

    private final ObjectMapper json;
    private final ProfileRows rows;

    public ProfileImportTarget(ObjectMapper json, ProfileRows rows) {
        this.json = json;
        this.rows = rows;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<ImportEnd> complete(SqlConnection tx, ClaimedJob job, ParsedResume parsed, ImportFailure failure) {
        ImportFailure problem = failure;
        Map<String, Object> sections = new LinkedHashMap<>();
        if (parsed != null) {
            ImportedSections imported = ResumeImportMapping.sections(parsed);
            if (problem == null) {
                problem = ResumeImportMapping.missing(parsed)
                        .map(missing -> ImportFailure.of(ImportFailure.Reason.INCOMPLETE_RESUME, missing)).orElse(null);
            }
            boolean keepAll = problem == null;
            // A failed import keeps whatever it could fill, without blanking sections it found nothing for.
            putIf(sections, "contact", imported.contact(), keepAll || hasContact(imported));
            putIf(sections, "location", imported.location(), keepAll || imported.location().city() != null
                    || imported.location().country() != null);
            putIf(sections, "links", imported.links(), keepAll || imported.links().linkedin() != null
                    || imported.links().github() != null || imported.links().portfolio() != null
                    || imported.links().website() != null);
            putIf(sections, "work_experience", imported.workExperience(), keepAll || !imported.workExperience().isEmpty());
            putIf(sections, "education", imported.education(), keepAll || !imported.education().isEmpty());
            putIf(sections, "memories", imported.memories(), keepAll || !imported.memories().isEmpty());
        }
        String document;
        String report;
        try {
            document = json.writeValueAsString(sections);
            report = parsed == null ? null : json.writeValueAsString(parsed.report());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        ImportEnd end = problem == null ? ImportEnd.ready() : ImportEnd.failed(problem);
        return rows.importEnded(tx, UUID.fromString(job.targetId()), job.id(), document,
                        problem == null ? ProfileStatus.READY : ProfileStatus.IMPORT_FAILED,
                        problem == null ? null : problem.message(), report)
                .map(written -> written ? end : ImportEnd.abandoned());
    }

    private static boolean hasContact(ImportedSections imported) {
        return imported.contact().firstName() != null || imported.contact().email() != null
                || imported.contact().phone() != null;
    }

    private static void putIf(Map<String, Object> sections, String key, Object value, boolean condition) {
        if (condition) {
            sections.put(key, value);
        }
    }
}
