package dev.vitae.common;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleStateHandler;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bounds how long a client may take to send a request, so that slow or stalled clients (slowloris,
 * a body shorter than its {@code Content-Length}) cannot hold connections: a request head must
 * arrive within {@code vitae.http.head-timeout}, a body may not pause longer than
 * {@code vitae.http.body-timeout} nor trickle below {@code vitae.http.min-body-bytes-per-second};
 * the time the server spends answering is not counted. Vert.x has only idle timeouts, so:
 * <ul>
 * <li>until a connection's first request head is complete, Vert.x's own idle handler closes it
 * {@code head-timeout} after it opened (set here as its write-idle time: nothing is written to a
 * connection before its first answer);</li>
 * <li>at its first request, a {@link SlowClientGuard} takes that handler's place and keeps the
 * connection's clock from then on.</li>
 * </ul>
 * Cleartext HTTP/2 (h2c) is turned off, since Vert.x's h2c handlers ignore all but the all-idle
 * event; HTTP/2 over TLS connections get the plain idle timeout after their first request.
 */
@ApplicationScoped
public class RequestTimeouts implements HttpServerOptionsCustomizer {

    /** Names Vert.x gives its handlers in an HTTP/1.x connection's pipeline. */
    private static final String VERTX_IDLE = "idle";
    private static final String VERTX_DECODER = "httpDecoder";
    private static final String BYTES_SEEN = "vitae-bytes-seen";

    private final Duration headTimeout;
    private final long idleNanos;
    private final SlowClientGuard.Limits limits;

    public RequestTimeouts(VitaeConfig config, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.idle-timeout") Duration idleTimeout) {
        VitaeConfig.Http http = config.http();
        this.headTimeout = http.headTimeout();
        this.idleNanos = idleTimeout.toNanos();
        String message = "The request did not arrive in time: its head must arrive within " + seconds(http.headTimeout())
                + " and its body may not pause longer than " + seconds(http.bodyTimeout()) + ". Send it again.";
        this.limits = new SlowClientGuard.Limits(http.headTimeout().toNanos(), http.bodyTimeout().toNanos(),
                http.minBodyBytesPerSecond(), idleNanos,
                render(json, "/", message), render(json, "/api/v1", message));
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        closeBeforeFirstAnswer(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        closeBeforeFirstAnswer(options);
    }

    private void closeBeforeFirstAnswer(HttpServerOptions options) {
        TimeUnit unit = options.getIdleTimeoutUnit();
        options.setWriteIdleTimeout((int) Math.max(1, unit.convert(headTimeout)));
        // Vert.x's h2c handlers act on the all-idle event only, so with them a connection that never
        // completes its first head would stay open: cleartext HTTP/2 is off (HTTP/2 over TLS stays).
        options.setHttp2ClearTextEnabled(false);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::takeOverConnection);
    }

    private void takeOverConnection(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.connection() instanceof ConnectionBase connection) {
            ChannelPipeline pipeline = connection.channel().pipeline();
            // Vert.x's handler is still there only during the connection's first request.
            if (pipeline.get(VERTX_IDLE) instanceof IdleStateHandler vertxIdle && !(vertxIdle instanceof IdleOnly)) {
                if (request.version() != HttpVersion.HTTP_2 && pipeline.get(VERTX_DECODER) != null
                        && pipeline.get(BYTES_SEEN) == null) {
                    SlowClientGuard guard = new SlowClientGuard(limits, request.path(), !request.isEnded());
                    pipeline.replace(VERTX_IDLE, VERTX_IDLE, guard);
                    pipeline.addBefore(VERTX_DECODER, BYTES_SEEN, guard.bytesSeen());
                } else {
                    pipeline.replace(VERTX_IDLE, VERTX_IDLE, new IdleOnly(idleNanos));
                }
            }
        }
        ctx.next();
    }

    private static byte[] render(ObjectMapper json, String path, String message) {
        try {
            return json.writeValueAsBytes(ErrorBodies.body(path, 408, "request_timeout", message, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render the 408 body", e);
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Vert.x's idle timeout without the first request's write-idle limit (HTTP/2 connections). */
    private static final class IdleOnly extends IdleStateHandler {
        IdleOnly(long idleNanos) {
            super(0, 0, idleNanos, TimeUnit.NANOSECONDS);
        }
    }
}
