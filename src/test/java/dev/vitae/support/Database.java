package dev.vitae.support;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Direct SQL against the test database, for states the API cannot reach by itself yet (a
 * profile stuck in {@code importing}) and for checking what was really stored.
 */
@ApplicationScoped
public class Database {

    private final Pool pool;

    public Database(Pool pool) {
        this.pool = pool;
    }

    public void setProfileStatus(String profileId, String status, String importError) {
        pool.preparedQuery("UPDATE profile SET status = $1, import_error = $2 WHERE id = $3")
                .execute(Tuple.of(status, importError, UUID.fromString(profileId)))
                .await().indefinitely();
    }

    public Row apiKey(String keyId) {
        return pool.preparedQuery("SELECT * FROM api_key WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(keyId)))
                .await().indefinitely().iterator().next();
    }

    public long profileVersion(String profileId) {
        return pool.preparedQuery("SELECT version FROM profile WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(profileId)))
                .await().indefinitely().iterator().next().getLong("version");
    }
}
