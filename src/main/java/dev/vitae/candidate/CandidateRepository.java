package dev.vitae.candidate;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

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

    /** One page of a filtered list, newest first, keyset on id. */
    public Uni<List<Candidate>> page(CandidateFilter filter, Long beforeId, int limit) {
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
        if (beforeId != null) {
            query.append(" and id < :cursor");
            params.and("cursor", beforeId);
        }
        query.append(" order by id desc");
        return find(query.toString(), params).page(0, limit).list();
    }
}
