package dev.vitae.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.vitae.candidate.ResumeLinks;
import dev.vitae.common.ApiException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Authenticates every {@code /api/**} request by its key, from {@code X-Api-Key} or
 * {@code Authorization: Bearer}. One indexed lookup per request against the hash, so a revoked
 * key stops working at once on every replica; {@code last_used_at} is written at most once a
 * minute per key to keep reads read-only.
 */
public class ApiKeyFilter {

    static final String API_KEY_HEADER = "X-Api-Key";
    private static final String BEARER = "bearer ";
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final Pool pool;
    private final CurrentAccount currentAccount;

    public ApiKeyFilter(Pool pool, CurrentAccount currentAccount) {
        this.pool = pool;
        this.currentAccount = currentAccount;
    }

    @ServerRequestFilter
    public Uni<Void> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        // Signed résumé links carry their own authorisation (see ResumeLinks).
        if (!path.startsWith("/api/") || path.startsWith(ResumeLinks.PATH)) {
            return Uni.createFrom().voidItem();
        }
        String secret = presentedKey(request);
        if (secret == null) {
            return Uni.createFrom().failure(ApiException.unauthorized(
                    "Missing API key: send it as 'X-Api-Key: <key>' or 'Authorization: Bearer <key>'."));
        }
        return pool.preparedQuery("SELECT id, account_id, last_used_at FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL")
                .execute(Tuple.of(ApiKeys.hash(secret)))
                .chain(this::accept);
    }

    private Uni<Void> accept(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Uni.createFrom().failure(ApiException.unauthorized("The API key is unknown or has been revoked."));
        }
        Row row = rows.iterator().next();
        currentAccount.set(row.getUUID("account_id"));
        OffsetDateTime lastUsed = row.getOffsetDateTime("last_used_at");
        if (lastUsed != null && lastUsed.toInstant().isAfter(java.time.Instant.now().minus(LAST_USED_RESOLUTION))) {
            return Uni.createFrom().voidItem();
        }
        UUID keyId = row.getUUID("id");
        return pool.preparedQuery("UPDATE api_key SET last_used_at = now() WHERE id = $1")
                .execute(Tuple.of(keyId))
                .replaceWithVoid();
    }

    private static String presentedKey(ContainerRequestContext request) {
        String header = request.getHeaderString(API_KEY_HEADER);
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).trim();
            return token.isEmpty() ? null : token;
        }
        return null;
    }
}
