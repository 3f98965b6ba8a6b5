package dev.vitae.profile;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Profiles, always read through their account: another account's profile does not exist. */
@ApplicationScoped
@WithSession
public class ProfileRepository implements PanacheRepositoryBase<Profile, UUID> {

    public Uni<Profile> findOwned(UUID accountId, UUID id) {
        return find("id = ?1 and accountId = ?2", id, accountId).firstResult();
    }

    /** The profile locked for this transaction, so that writers to one profile queue up. */
    public Uni<Profile> findOwnedForUpdate(UUID accountId, UUID id) {
        return find("id = ?1 and accountId = ?2", id, accountId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public Uni<List<Profile>> listNewestFirst(UUID accountId) {
        return list("accountId = ?1 order by createdAt desc, id desc", accountId);
    }
}
