package dev.vitae.candidate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.common.ApiException;
import dev.vitae.common.Cursors;
import dev.vitae.common.ETags;
import dev.vitae.common.Timestamps;
import dev.vitae.resume.ImportQueue;
import dev.vitae.resume.ResumeFile;
import dev.vitae.resume.ResumeFileRepository;
import dev.vitae.resume.Upload;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The pipeline rules: a candidate belongs to one of the account's jobs; one candidate per email
 * per job (the database's unique index settles races); notes and stage changes become
 * activities in the same transaction as the change; a résumé goes through the import engine.
 */
@ApplicationScoped
public class CandidateService {

    public static final String SOURCE = "public_api";

    /** A candidate with its job, as a read or a change answers them. */
    public record WithJob(Candidate candidate, Job job) {
    }

    private final CandidateRepository candidates;
    private final JobRepository jobs;
    private final ActivityRepository activities;
    private final ImportQueue imports;
    private final ResumeFileRepository files;
    private final PhoneNumbers phones;
    private final CandidateRows rows;
    private final ActivityRows activityRows;
    private final Pool pool;

    public CandidateService(CandidateRepository candidates, JobRepository jobs, ActivityRepository activities,
            ImportQueue imports, ResumeFileRepository files, PhoneNumbers phones, CandidateRows rows,
            ActivityRows activityRows, Pool pool) {
        this.rows = rows;
        this.activityRows = activityRows;
        this.pool = pool;
        this.candidates = candidates;
        this.jobs = jobs;
        this.activities = activities;
        this.imports = imports;
        this.files = files;
        this.phones = phones;
    }

    @WithTransaction
    public Uni<Candidate> create(UUID accountId, CandidateInput input, Upload resume) {
        return jobs.findOwned(accountId, input.jobId())
                .onItem().ifNull().failWith(JobService::notFound)
                .call(job -> refuseDuplicate(job.id, input.email().value(), null))
                .chain(job -> {
                    Candidate c = new Candidate();
                    c.publicId = UUID.randomUUID();
                    c.accountId = accountId;
                    c.jobId = job.id;
                    c.name = input.name().value();
                    c.email = input.email().value();
                    c.emailNormalized = Candidate.normalizeEmail(c.email);
                    c.phone = phones.normalize(input.phone().value());
                    c.linkedin = input.linkedin().value();
                    c.location = input.location().value();
                    c.stage = input.stage().hasValue() ? input.stage().value() : Stage.DEFAULT;
                    c.rating = input.rating().value();
                    c.atsCandidateId = input.atsCandidateId().value();
                    c.applicationSource = SOURCE;
                    c.resumeStatus = "none";
                    c.appliedAt = Timestamps.now();
                    c.createdAt = c.appliedAt;
                    c.updatedAt = c.appliedAt;
                    return candidates.persist(c).call(candidates::flush);
                })
                .call(c -> record(c, Activity.CANDIDATE_CREATED, Map.of("stage", c.stage.json(), "source", SOURCE)))
                .call(c -> noteOf(input) == null ? Uni.createFrom().voidItem()
                        : record(c, Activity.NOTE_ADDED, Map.of("note", noteOf(input))))
                .call(c -> resume == null ? Uni.createFrom().voidItem() : attachResume(c, resume))
                .call(candidates::flush);
    }

    /**
     * One transaction on the reactive client (the measured hot path, see {@link CandidateRows}):
     * the candidate's row is locked and read with its job's title, the If-Match checked, a new
     * email checked against the job's other candidates (the unique index settles races), the
     * columns written with the version moved on, and a changed stage and a note recorded.
     */
    public Uni<WithJob> patch(UUID accountId, long id, String ifMatch, CandidateInput input) {
        return pool.withTransaction(connection -> rows.lock(connection, accountId, id)
                .onItem().ifNull().failWith(CandidateService::notFound)
                .invoke(found -> ETags.check(ifMatch, found.candidate().version))
                .call(found -> {
                    Candidate c = found.candidate();
                    String email = input.email().value();
                    if (!input.email().isPresent() || email == null) {
                        return Uni.createFrom().voidItem();
                    }
                    return rows.holderOf(connection, c.jobId, Candidate.normalizeEmail(email), c.id).invoke(holder -> {
                        if (holder != null) {
                            throw duplicate(holder);
                        }
                    });
                })
                .call(found -> {
                    Candidate c = found.candidate();
                    Stage previousStage = c.stage;
                    apply(c, input);
                    c.updatedAt = Timestamps.now();
                    Uni<Void> written = rows.update(connection, c);
                    if (c.stage != previousStage) {
                        written = written.chain(() -> activityRows.record(connection, Activity.of(c, Activity.STAGE_CHANGED,
                                new java.util.LinkedHashMap<>(Map.of("from", previousStage.json(), "to", c.stage.json())), Timestamps.now())));
                    }
                    String note = noteOf(input);
                    if (note != null) {
                        written = written.chain(() -> activityRows.record(connection, Activity.of(c, Activity.NOTE_ADDED,
                                new java.util.LinkedHashMap<>(Map.of("note", note)), Timestamps.now())));
                    }
                    return written;
                }));
    }

    private void apply(Candidate c, CandidateInput input) {
        if (input.name().isPresent()) {
            c.name = input.name().value();
        }
        if (input.email().isPresent()) {
            c.email = input.email().value();
            c.emailNormalized = Candidate.normalizeEmail(c.email);
        }
        if (input.phone().isPresent()) {
            c.phone = phones.normalize(input.phone().value());
        }
        if (input.linkedin().isPresent()) {
            c.linkedin = input.linkedin().value();
        }
        if (input.location().isPresent()) {
            c.location = input.location().value();
        }
        if (input.stage().hasValue()) {
            c.stage = input.stage().value();
        }
        if (input.rating().isPresent()) {
            c.rating = input.rating().value();
        }
        if (input.atsCandidateId().isPresent()) {
            c.atsCandidateId = input.atsCandidateId().value();
        }
    }

    /** The note a request adds to the history, or null: a blank note adds none. */
    private static String noteOf(CandidateInput input) {
        String note = input.notes().value();
        return note == null || note.isBlank() ? null : note;
    }

    @WithTransaction
    public Uni<Void> delete(UUID accountId, long id, String ifMatch) {
        return candidates.findOwnedForUpdate(accountId, id)
                .onItem().ifNull().failWith(CandidateService::notFound)
                .invoke(c -> ETags.check(ifMatch, c.version))
                .call(candidates::delete)
                .call(c -> c.resumeFileId == null ? Uni.createFrom().voidItem() : files.deleteById(c.resumeFileId))
                .replaceWithVoid();
    }

    /** Replaces the résumé: the old file goes, the new one is parsed and the candidate re-scored. */
    @WithTransaction
    public Uni<Candidate> replaceResume(UUID accountId, long id, String ifMatch, Upload resume) {
        return candidates.findOwnedForUpdate(accountId, id)
                .onItem().ifNull().failWith(CandidateService::notFound)
                .invoke(c -> ETags.check(ifMatch, c.version))
                .call(c -> {
                    UUID previous = c.resumeFileId;
                    return attachResume(c, resume)
                            .call(() -> previous == null ? Uni.createFrom().voidItem() : files.deleteById(previous));
                })
                .call(candidates::flush);
    }

    private Uni<Void> attachResume(Candidate c, Upload resume) {
        return imports.enqueue(c.accountId, CandidateImportTarget.NAME, c.id.toString(), resume)
                .invoke(enqueued -> {
                    c.resumeFileId = enqueued.file().id;
                    c.importJobId = enqueued.job().id;
                    c.resumeStatus = "pending";
                    c.updatedAt = Timestamps.now();
                })
                .call(enqueued -> record(c, Activity.RESUME_UPLOADED,
                        Map.of("file_name", enqueued.file().fileName, "size_bytes", enqueued.file().sizeBytes)))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<Candidate> get(UUID accountId, long id) {
        return candidates.findOwned(accountId, id).onItem().ifNull().failWith(CandidateService::notFound);
    }

    /** A candidate and its job, in one session. */
    @WithSession
    public Uni<WithJob> show(UUID accountId, long id) {
        return jobs.ofCandidate(accountId, id).chain(job -> candidates.findOwned(accountId, id)
                .onItem().ifNull().failWith(CandidateService::notFound)
                .map(c -> new WithJob(c, job)));
    }

    @WithSession
    public Uni<List<Candidate>> page(CandidateFilter filter, Cursors.Position after, int limit) {
        return candidates.page(filter, after, limit);
    }

    @WithSession
    public Uni<List<Job>> jobsOf(UUID accountId, List<Long> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : jobs.list("accountId = ?1 and id in ?2", accountId, ids);
    }

    @WithSession
    public Uni<List<Activity>> activities(UUID accountId, long id, Cursors.Position after, int limit) {
        return candidates.findOwned(accountId, id)
                .onItem().ifNull().failWith(CandidateService::notFound)
                .chain(c -> activities.page(c.id, after, limit));
    }

    /** The file a signed link grants, if the candidate still has it. */
    @WithSession
    public Uni<ResumeFile> linkedFile(UUID candidatePublicId, UUID fileId) {
        return candidates.find("publicId", candidatePublicId).firstResult()
                .chain(c -> c == null || !fileId.equals(c.resumeFileId) ? Uni.createFrom().<ResumeFile>nullItem()
                        : files.findById(fileId))
                .onItem().ifNull().failWith(() -> ApiException.notFound("Résumé file"));
    }

    /** The id of the candidate already holding this email in this job, for the 409 message. */
    @WithSession
    public Uni<Long> holderOf(long jobId, String email) {
        return candidates.findByJobAndEmail(jobId, Candidate.normalizeEmail(email)).map(c -> c == null ? null : c.id);
    }

    private Uni<Void> refuseDuplicate(long jobId, String email, Long self) {
        if (email == null) {
            return Uni.createFrom().voidItem();
        }
        return candidates.findByJobAndEmail(jobId, Candidate.normalizeEmail(email)).invoke(existing -> {
            if (existing != null && !existing.id.equals(self)) {
                throw duplicate(existing.id);
            }
        }).replaceWithVoid();
    }

    public static ApiException duplicate(Long existingId) {
        return new ApiException(409, "duplicate_candidate", "A candidate with this email already exists for this job"
                + (existingId == null ? "." : " (candidate " + existingId + ")."));
    }

    private Uni<Void> record(Candidate c, String type, Map<String, Object> data) {
        return activities.persist(Activity.of(c, type, new java.util.LinkedHashMap<>(data), Timestamps.now())).replaceWithVoid();
    }

    static ApiException notFound() {
        return ApiException.notFound("Candidate");
    }
}
