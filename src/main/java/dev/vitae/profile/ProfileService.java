package dev.vitae.profile;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.common.ApiException;
import dev.vitae.common.ETags;
import dev.vitae.common.Timestamps;
import dev.vitae.resume.ImportQueue;
import dev.vitae.resume.ResumeFile;
import dev.vitae.resume.ResumeFileRepository;
import dev.vitae.resume.Upload;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The profile rules: section replacement, the 409 while an import runs, {@code If-Match}, and
 * {@code import_failed} turning {@code ready} after a successful edit. Every write locks its row,
 * so concurrent writers to one profile apply one after the other and none is lost.
 */
@ApplicationScoped
public class ProfileService {

    private final ProfileRepository profiles;
    private final ImportQueue imports;
    private final ResumeFileRepository files;

    public ProfileService(ProfileRepository profiles, ImportQueue imports, ResumeFileRepository files) {
        this.profiles = profiles;
        this.imports = imports;
        this.files = files;
    }

    @WithTransaction
    public Uni<Profile> create(UUID accountId, ProfileChanges changes) {
        Profile profile = Profile.blank(accountId);
        changes.applyTo(profile);
        return profiles.persist(profile);
    }

    @WithSession
    public Uni<List<Profile>> list(UUID accountId) {
        return profiles.listNewestFirst(accountId);
    }

    @WithTransaction
    public Uni<Profile> patch(UUID accountId, UUID id, String ifMatch, ProfileChanges changes) {
        return lockForChange(accountId, id, ifMatch)
                .invoke(profile -> {
                    changes.applyTo(profile);
                    if (profile.status == ProfileStatus.IMPORT_FAILED) {
                        profile.status = ProfileStatus.READY;
                        profile.importError = null;
                    }
                    profile.updatedAt = Timestamps.now();
                })
                // Flush here so the new version is known before the response is written.
                .call(profiles::flush);
    }

    /**
     * Deletes the profile and its résumé file, also while it is importing: the file's job goes
     * with it, and a worker already parsing finds nothing to write to.
     */
    @WithTransaction
    public Uni<Void> delete(UUID accountId, UUID id, String ifMatch) {
        return profiles.findOwnedForUpdate(accountId, id)
                .onItem().ifNull().failWith(ProfileService::notFound)
                .invoke(profile -> ETags.check(ifMatch, profile.version))
                .call(profiles::delete)
                .call(profile -> profile.resumeFileId == null ? Uni.createFrom().voidItem()
                        : files.deleteById(profile.resumeFileId))
                .replaceWithVoid();
    }

    /** A new profile in {@code importing}, its file and its job, all in one transaction. */
    @WithTransaction
    public Uni<Profile> startImport(UUID accountId, Upload upload) {
        Profile profile = Profile.blank(accountId);
        profile.status = ProfileStatus.IMPORTING;
        return imports.enqueue(accountId, ProfileImportTarget.NAME, profile.id.toString(), upload)
                .chain(enqueued -> {
                    attach(profile, enqueued);
                    return profiles.persist(profile);
                });
    }

    /** Imports a new file into an existing profile; 409 while an import is already running. */
    @WithTransaction
    public Uni<Profile> reimport(UUID accountId, UUID id, String ifMatch, Upload upload) {
        return lockForChange(accountId, id, ifMatch)
                .chain(profile -> {
                    UUID previousFile = profile.resumeFileId;
                    return imports.enqueue(accountId, ProfileImportTarget.NAME, profile.id.toString(), upload)
                            .invoke(enqueued -> {
                                attach(profile, enqueued);
                                profile.status = ProfileStatus.IMPORTING;
                                profile.importError = null;
                                profile.importReport = null;
                                profile.updatedAt = Timestamps.now();
                            })
                            // The profile keeps only its latest résumé.
                            .call(() -> previousFile == null ? Uni.createFrom().voidItem() : files.deleteById(previousFile))
                            .replaceWith(profile);
                })
                .call(profiles::flush);
    }

    /** The profile's résumé file with its bytes; 404 when the profile has none. */
    @WithSession
    public Uni<ResumeFile> resumeFile(UUID accountId, UUID id) {
        return profiles.findOwned(accountId, id)
                .onItem().ifNull().failWith(ProfileService::notFound)
                .chain(profile -> profile.resumeFileId == null ? Uni.createFrom().<ResumeFile>nullItem()
                        : files.findById(profile.resumeFileId))
                .onItem().ifNull().failWith(() -> ApiException.notFound("Résumé file"));
    }

    /** The profile locked for this transaction, if If-Match admits it and no import is running. */
    private Uni<Profile> lockForChange(UUID accountId, UUID id, String ifMatch) {
        return profiles.findOwnedForUpdate(accountId, id)
                .onItem().ifNull().failWith(ProfileService::notFound)
                .invoke(profile -> {
                    ETags.check(ifMatch, profile.version);
                    if (profile.status == ProfileStatus.IMPORTING) {
                        throw importing();
                    }
                });
    }

    private static void attach(Profile profile, ImportQueue.Enqueued enqueued) {
        profile.resumeFileId = enqueued.file().id;
        profile.importJobId = enqueued.job().id;
        profile.resume = enqueued.file().info();
    }

    private static ApiException importing() {
        return new ApiException(409, "profile_importing",
                "The profile is being imported from a résumé; it can be changed once its status is no longer 'importing'.");
    }

    private static ApiException notFound() {
        return ApiException.notFound("Profile");
    }
}
