package dev.vitae.account;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The per-request lookup of an API key ({@code api_key}), on the reactive client: it runs while a
 * request is authenticated, before any resource or Hibernate session, on every call of both APIs.
 * {@link ApiKeyRepository} (Panache) is the admin API's side of the same table.
 */
@ApplicationScoped
public class ApiKeyLookups {

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final Pool pool;

    public ApiKeyLookups(Pool pool) {
        this.pool = pool;
    }

    /**
     * The account of the working (not revoked) key with this secret, or null. Notes the key's use
     * at most once a minute, so reads stay reads.
     */
    public Uni<UUID> accountOf(String secret) {
        return pool.preparedQuery("SELECT id, account_id, last_used_at FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL")
                .execute(Tuple.of(ApiKeys.hash(secret)))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    Row row = rows.iterator().next();
                    UUID account = row.getUUID("account_id");
                    OffsetDateTime lastUsed = row.getOffsetDateTime("last_used_at");
                    if (lastUsed != null && lastUsed.toInstant().isAfter(Instant.now().minus(LAST_USED_RESOLUTION))) {
                        return Uni.createFrom().item(account);
                    }
                    return pool.preparedQuery("UPDATE api_key SET last_used_at = now() WHERE id = $1")
                            .execute(Tuple.of(row.getUUID("id")))
                            .replaceWith(account);
                });
    }
}
