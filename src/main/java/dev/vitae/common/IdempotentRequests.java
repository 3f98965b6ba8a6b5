package dev.vitae.common;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * {@code Idempotency-Key} on the creates of both APIs and the admin API [ours], as Stripe does it:
 * the first successful answer to a create is kept per scope (an account, or the admin API) and
 * key ({@code idempotent_request}) for {@link #KEEP} and replayed for the same request, with
 * {@code Idempotent-Replayed: true}; the same key with a different request answers 422; while
 * the first request with a key is still running, another with that key answers 409. A request
 * that fails frees its key, so it can be retried. Durable in PostgreSQL, so replicas share it.
 * <p>
 * The key is taken (a row {@code in_flight}) before the create runs and its answer stored after,
 * each in its own statement: should the process die in between, the key stays taken for
 * {@link #ABANDONED} and is then free again — the one case where a retry may create twice.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** The header's description in the OpenAPI document. */
    public static final String DOC = "[ours] Makes this create safe to retry: the first successful answer for this key is "
            + "kept 24 hours and answered again (with Idempotent-Replayed: true) to the same request with the same key; "
            + "the same key with a different request answers 422, and while the first is still running, 409. "
            + "1 to 255 visible ASCII characters; a UUID is a good choice.";
    /** How long an answer is kept and replayed. */
    static final Duration KEEP = Duration.ofHours(24);
    /** How long a key taken by a request that never finished stays taken. */
    static final Duration ABANDONED = Duration.ofMinutes(10);
    private static final int MAX_KEY = 255;

    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class);

    private static final String TAKE = """
            INSERT INTO idempotent_request (scope, key, fingerprint, state, created_at) VALUES ($1, $2, $3, 'in_flight', now())
            ON CONFLICT (scope, key) DO UPDATE
               SET fingerprint = EXCLUDED.fingerprint, state = 'in_flight', status = NULL, location = NULL, etag = NULL,
                   content_type = NULL, body = NULL, created_at = now()
             WHERE idempotent_request.created_at < now() - make_interval(secs => $4)
                OR (idempotent_request.state = 'in_flight' AND idempotent_request.created_at < now() - make_interval(secs => $5))
            RETURNING true AS taken""";
    private static final String EXISTING = "SELECT * FROM idempotent_request WHERE scope = $1 AND key = $2";
    private static final String STORE = """
            UPDATE idempotent_request SET state = 'done', status = $3, location = $4, etag = $5, content_type = $6, body = $7
             WHERE scope = $1 AND key = $2""";
    private static final String FREE = "DELETE FROM idempotent_request WHERE scope = $1 AND key = $2 AND state = 'in_flight'";
    private static final String PURGE = "DELETE FROM idempotent_request WHERE created_at < now() - make_interval(secs => $1)";

    /** A stored answer, replayed through {@link ErrorMappers} as the response it was. */
    public static final class Replay extends RuntimeException {
        private final transient Response response;

        Replay(Response response) {
            super("replayed", null, false, false);
            this.response = response;
        }

        public Response response() {
            return response;
        }
    }

    private final Pool pool;
    private final ObjectMapper json;
    /** The same mapper, able to write a PATCH-style field: absent, null or its value. */
    private final ObjectMapper fingerprints;
    private final Vertx vertx;

    public IdempotentRequests(Pool pool, ObjectMapper json, Vertx vertx) {
        this.pool = pool;
        this.json = json;
        this.vertx = vertx;
        this.fingerprints = json.copy().registerModule(new SimpleModule().addSerializer(Patch.class, new PatchWriter()));
    }

    @SuppressWarnings("rawtypes")
    private static final class PatchWriter extends StdSerializer<Patch> {
        PatchWriter() {
            super(Patch.class);
        }

        @Override
        public void serialize(Patch patch, JsonGenerator out, SerializerProvider provider) throws java.io.IOException {
            if (!patch.isPresent()) {
                out.writeString("\u0000absent");
            } else {
                provider.defaultSerializeValue(patch.isNull() ? null : patch.value(), out);
            }
        }
    }

    void purgeHourly(@Observes StartupEvent event) {
        vertx.setPeriodic(Duration.ofHours(1).toMillis(), id -> pool.preparedQuery(PURGE)
                .execute(Tuple.of((double) KEEP.toSeconds()))
                .subscribe().with(rows -> LOG.debugf("Purged %d idempotent requests", rows.rowCount()),
                        failure -> LOG.debugf("Could not purge idempotent requests: %s", failure.getMessage())));
    }

    /** What a request said, reduced to a fingerprint: the operation and its parts, as JSON. */
    public String fingerprint(String operation, Object... parts) {
        try {
            return Hashes.sha256Hex((operation + "\n" + fingerprints.writeValueAsString(parts)).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request parts that cannot be written as JSON", e);
        }
    }

    /**
     * Runs {@code create} once for {@code key} in {@code scope}; without a key, simply runs it.
     * {@code asResponse} tells what to store of its answer.
     */
    public <R> Uni<R> once(String scope, String key, String fingerprint, Supplier<Uni<R>> create, Function<R, Response> asResponse) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return Uni.createFrom().failure(ApiException.invalidField(HEADER,
                    "must be 1 to " + MAX_KEY + " visible ASCII characters (a UUID is a good choice)"));
        }
        return pool.preparedQuery(TAKE)
                .execute(Tuple.of(scope, key, fingerprint, (double) KEEP.toSeconds(), (double) ABANDONED.toSeconds()))
                .chain(taken -> taken.size() == 1
                        ? create.get()
                                .call(answer -> store(scope, key, asResponse.apply(answer)))
                                .onFailure().call(failure -> free(scope, key))
                        : existing(scope, key, fingerprint));
    }

    private <R> Uni<R> existing(String scope, String key, String fingerprint) {
        return pool.preparedQuery(EXISTING).execute(Tuple.of(scope, key)).map(rows -> {
            if (rows.size() == 0) {
                // Freed between our attempt and this read: the first request failed. Retrying is safe.
                throw new ApiException(409, "idempotency_key_in_use",
                        "A request with this Idempotency-Key has just failed; retry it.");
            }
            Row row = rows.iterator().next();
            if (!row.getString("fingerprint").equals(fingerprint)) {
                throw new ApiException(422, "idempotency_key_reused",
                        "This Idempotency-Key was used for a different request in the last 24 hours; use a new key for a new request.");
            }
            if (row.getString("state").equals("in_flight")) {
                throw new ApiException(409, "idempotency_key_in_use",
                        "A request with this Idempotency-Key is still being processed; retry once it has finished.");
            }
            throw new Replay(replay(row));
        });
    }

    private static Response replay(Row row) {
        Response.ResponseBuilder answer = Response.status(row.getInteger("status")).header(REPLAYED, "true");
        String location = row.getString("location");
        if (location != null) {
            answer.location(URI.create(location));
        }
        String etag = row.getString("etag");
        if (etag != null) {
            answer.header(HttpHeaders.ETAG, etag);
        }
        Buffer body = row.getDelegate().getBuffer("body");
        if (body != null) {
            answer.entity(body.getBytes()).type(row.getString("content_type"));
        }
        return answer.build();
    }

    private Uni<Void> store(String scope, String key, Response answer) {
        byte[] body;
        try {
            body = answer.getEntity() == null ? null : json.writeValueAsBytes(answer.getEntity());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        URI location = answer.getLocation();
        Object etag = answer.getHeaders().getFirst(HttpHeaders.ETAG);
        return pool.preparedQuery(STORE)
                .execute(Tuple.from(new Object[] { scope, key, answer.getStatus(), location == null ? null : location.toString(),
                        etag == null ? null : answer.getHeaderString(HttpHeaders.ETAG),
                        body == null ? null : "application/json", body == null ? null : Buffer.buffer(body) }))
                .replaceWithVoid();
    }

    private Uni<Void> free(String scope, String key) {
        return pool.preparedQuery(FREE).execute(Tuple.of(scope, key)).replaceWithVoid()
                .onFailure().recoverWithNull();
    }
}
