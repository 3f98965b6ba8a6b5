package dev.vitae.profile;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.common.ApiException;
import dev.vitae.common.ETags;
import dev.vitae.common.Timestamps;
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

    public ProfileService(ProfileRepository profiles) {
        this.profiles = profiles;
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

    @WithSession
    public Uni<Profile> get(UUID accountId, UUID id) {
        return profiles.findOwned(accountId, id).onItem().ifNull().failWith(ProfileService::notFound);
    }

    @WithTransaction
    public Uni<Profile> patch(UUID accountId, UUID id, String ifMatch, ProfileChanges changes) {
        return profiles.findOwnedForUpdate(accountId, id)
                .onItem().ifNull().failWith(ProfileService::notFound)
                .invoke(profile -> {
                    ETags.check(ifMatch, profile.version);
                    if (profile.status == ProfileStatus.IMPORTING) {
                        throw new ApiException(409, "profile_importing",
                                "The profile is being imported from a résumé; it can be changed once its status is no longer 'importing'.");
                    }
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

    /** Deletes the profile, also while it is importing (the import is then abandoned). */
    @WithTransaction
    public Uni<Void> delete(UUID accountId, UUID id, String ifMatch) {
        return profiles.findOwnedForUpdate(accountId, id)
                .onItem().ifNull().failWith(ProfileService::notFound)
                .invoke(profile -> ETags.check(ifMatch, profile.version))
                .call(profiles::delete)
                .replaceWithVoid();
    }

    private static ApiException notFound() {
        return ApiException.notFound("Profile");
    }
}
