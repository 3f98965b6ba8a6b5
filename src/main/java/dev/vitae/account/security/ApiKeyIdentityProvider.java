package dev.vitae.account.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.account.ApiKeys;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * An API key's account: one indexed lookup by the key's hash per request, so a revoked key stops
 * working at once on every replica. The identity's principal is the account id, its role
 * {@link Roles#ACCOUNT}. {@code last_used_at} is written at most once a minute per key, so reads
 * stay read-only.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    static final String UNKNOWN_KEY = "The API key is unknown or has been revoked.";
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final Pool pool;

    public ApiKeyIdentityProvider(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        return pool.preparedQuery("SELECT id, account_id, last_used_at FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL")
                .execute(Tuple.of(ApiKeys.hash(request.secret())))
                .chain(this::identity);
    }

    private Uni<SecurityIdentity> identity(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Uni.createFrom().failure(new AuthenticationFailedException(UNKNOWN_KEY));
        }
        Row row = rows.iterator().next();
        SecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(row.getUUID("account_id").toString()))
                .addRole(Roles.ACCOUNT)
                .build();
        OffsetDateTime lastUsed = row.getOffsetDateTime("last_used_at");
        if (lastUsed != null && lastUsed.toInstant().isAfter(Instant.now().minus(LAST_USED_RESOLUTION))) {
            return Uni.createFrom().item(identity);
        }
        return pool.preparedQuery("UPDATE api_key SET last_used_at = now() WHERE id = $1")
                .execute(Tuple.of(row.getUUID("id")))
                .replaceWith(identity);
    }
}
