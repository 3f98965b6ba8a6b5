package dev.vitae.candidate;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dev.vitae.common.Cursors;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/** Candidates, always read through their account. */
@ApplicationScoped
@WithSession
public class CandidateRepository implements PanacheRepositoryBase<Candidate, Long> {

    public Uni<Candidate> findOwned(UUID accountId, long id) {
        return find("id = ?1 and accountId = ?2", id, accountId).firstResult();
    }

    public Uni<Candidate> findOwnedForUpdate(UUID accountId, long id) {
        return find("id = ?1 and accountId = ?2", id, accountId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Candidate> findByJobAndEmail(long jobId, String emailNormalized) {
        return find("jobId = ?1 and emailNormalized = ?2", jobId, emailNormalized).firstResult();
    }

    /** One page of a filtered list, newest first: keyset on {@code (created_at, id)}, after {@code after} if given. */
    public Uni<List<Candidate>> page(CandidateFilter filter, Cursors.Position after, int limit) {
        StringBuilder query = new StringBuilder("accountId = :account");
        Parameters params = Parameters.with("account", filter.accountId());
        if (filter.jobId() != null) {
            query.append(" and jobId = :job");
            params.and("job", filter.jobId());
        }
        if (filter.email() != null) {
            query.append(" and emailNormalized = :email");
            params.and("email", filter.email());
        }
        if (filter.stage() != null) {
            query.append(" and stage = :stage");
            params.and("stage", filter.stage());
        }
        if (filter.createdAfter() != null) {
            query.append(" and createdAt > :after");
            params.and("after", filter.createdAfter());
        }
        if (filter.createdBefore() != null) {
            query.append(" and createdAt < :before");
            params.and("before", filter.createdBefore());
        }
        if (after != null) {
            query.append(" and (createdAt, id) < (:cursorAt, :cursorId)");
            params.and("cursorAt", after.createdAt()).and("cursorId", after.id());
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), params).page(0, limit).list();
    }
}
