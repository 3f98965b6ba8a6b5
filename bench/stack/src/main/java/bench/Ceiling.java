package bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The same requests as bench/api.sh sends to vitae, answered with the same SQL and nothing else:
 * no validation, no JSON mapping, no Hibernate session, no error bodies. What it serves is the
 * most a service on this stack can serve on this machine: the throughput ceiling.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class Ceiling {

    private final Pool pool;

    public Ceiling(Pool pool) {
        this.pool = pool;
    }

    @GET
    @Path("api/auto-apply/profiles/{id}")
    public Uni<Response> profile(@PathParam("id") UUID id, @HeaderParam("X-Api-Key") String key) {
        return account(key).chain(account -> pool
                .preparedQuery("SELECT id, account_id, version, name, status, import_error, sections::text AS sections,"
                        + " cover_letter_template, resume::text AS resume, created_at, updated_at"
                        + " FROM profile WHERE id = $1 AND account_id = $2")
                .execute(Tuple.of(id, account))
                .map(rows -> Response.ok(rows.iterator().next().getString("sections")).build()));
    }

    @PATCH
    @Path("api/v1/candidates/{id}")
    public Uni<String> candidate(@PathParam("id") long id, @HeaderParam("Authorization") String authorization,
            String body) {
        int rating = body.charAt(body.indexOf(':') + 2) - '0';
        return account(authorization.substring("Bearer ".length())).chain(account -> pool.withTransaction(tx -> tx
                .preparedQuery("SELECT * FROM candidate WHERE id = $1 AND account_id = $2 FOR UPDATE")
                .execute(Tuple.of(id, account))
                .chain(rows -> tx
                        .preparedQuery("UPDATE candidate SET rating = $1, updated_at = now(), version = version + 1 WHERE id = $2")
                        .execute(Tuple.of(rating, id))
                        .replaceWith(rows.iterator().next().getLong("job_id"))))
                .chain(job -> pool.preparedQuery("SELECT * FROM job WHERE account_id = $1 AND id = $2")
                        .execute(Tuple.of(account, job)))
                .map(rows -> "{\"data\":{\"id\":" + id + ",\"rating\":" + rating + "}}"));
    }

    private Uni<UUID> account(String key) {
        return pool.preparedQuery("SELECT id, account_id, last_used_at FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL")
                .execute(Tuple.of(sha256(key)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return row.getUUID("account_id");
                });
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
