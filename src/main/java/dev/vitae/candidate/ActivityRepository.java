package dev.vitae.candidate;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ActivityRepository implements PanacheRepositoryBase<Activity, Long> {

    /** One page of a candidate's history, newest first, keyset on id. */
    public Uni<List<Activity>> page(long candidateId, Long beforeId, int limit) {
        return beforeId == null
                ? find("candidateId = ?1 order by id desc", candidateId).page(0, limit).list()
                : find("candidateId = ?1 and id < ?2 order by id desc", candidateId, beforeId).page(0, limit).list();
    }
}
