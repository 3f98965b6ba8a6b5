package dev.vitae.candidate;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dev.vitae.common.Cursors;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Jobs, always read through their account. */
@ApplicationScoped
@WithSession
public class JobRepository implements PanacheRepositoryBase<Job, Long> {

    public Uni<Job> findOwned(java.util.UUID accountId, long id) {
        return find("id = ?1 and accountId = ?2", id, accountId).firstResult();
    }

    public Uni<Job> findOwnedForUpdate(java.util.UUID accountId, long id) {
        return find("id = ?1 and accountId = ?2", id, accountId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The job of one of the account's candidates, or null when there is no such candidate. */
    public Uni<Job> ofCandidate(java.util.UUID accountId, long candidateId) {
        return find("accountId = ?1 and id = (select c.jobId from Candidate c where c.id = ?2 and c.accountId = ?1)",
                accountId, candidateId).firstResult();
    }

    /** One page, newest first: keyset on {@code (created_at, id)}, after {@code after} if given. */
    public Uni<List<Job>> page(java.util.UUID accountId, Cursors.Position after, int limit) {
        return after == null
                ? find("accountId = ?1 order by createdAt desc, id desc", accountId).page(0, limit).list()
                : find("accountId = ?1 and (createdAt, id) < (?2, ?3) order by createdAt desc, id desc",
                        accountId, after.createdAt(), after.id()).page(0, limit).list();
    }
}
