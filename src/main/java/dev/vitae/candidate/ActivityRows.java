package dev.vitae.candidate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.vitae.common.JsonText;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Activity rows written on the reactive client, in the transaction of the change they record (the
 * candidate PATCH, an import's end). {@link ActivityRepository} (Panache) reads the history and
 * writes it where the change itself goes through Hibernate.
 */
@ApplicationScoped
public class ActivityRows {

    private final ObjectMapper json;

    public ActivityRows(ObjectMapper json) {
        this.json = json;
    }

    /** Appends one activity to a candidate's history, on the caller's transaction. */
    public Uni<Void> record(SqlConnection connection, Activity activity) {
        return connection.preparedQuery("INSERT INTO activity (account_id, candidate_id, type, data, created_at)"
                + " VALUES ($1, $2, $3, $4::text::jsonb, $5)")
                .execute(Tuple.of(activity.accountId, activity.candidateId, activity.type, JsonText.of(json, activity.data),
                        OffsetDateTime.ofInstant(activity.createdAt, ZoneOffset.UTC)))
                .replaceWithVoid();
    }

}
