package dev.vitae.candidate;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.common.Cursors;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ActivityRepository implements PanacheRepositoryBase<Activity, Long> {

    /** One page of a candidate's history, newest first: keyset on {@code (created_at, id)}, after {@code after} if given. */
    public Uni<List<Activity>> page(long candidateId, Cursors.Position after, int limit) {
        return after == null
                ? find("candidateId = ?1 order by createdAt desc, id desc", candidateId).page(0, limit).list()
                : find("candidateId = ?1 and (createdAt, id) < (?2, ?3) order by createdAt desc, id desc",
                        candidateId, after.createdAt(), after.id()).page(0, limit).list();
    }
}
