package dev.vitae.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers 413 with the API's error body for a declared {@code Content-Length} over the limit,
 * before anything reads the body: JSON bodies may have {@code vitae.http.max-json-body-bytes},
 * multipart uploads {@code quarkus.http.limits.max-body-size}. Runs first on the Vert.x router,
 * ahead of Quarkus's own bare 413. A JSON body sent without a length is counted as it is read
 * ({@link JsonBodyLimit}); a chunked upload past the hard limit is cut off by Vert.x with a bare 413.
 */
@ApplicationScoped
public class BodyLimits {

    private final long maxJsonBytes;
    private final long maxUploadBytes;
    private final ObjectMapper json;

    public BodyLimits(VitaeConfig config, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxJsonBytes = config.http().maxJsonBodyBytes();
        this.maxUploadBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    public long maxJsonBytes() {
        return maxJsonBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            ctx.next();
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            reject(ctx, 400, "validation_error", "Content-Length is not a number.");
            return;
        }
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean multipart = type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
        long limit = multipart ? maxUploadBytes : maxJsonBytes;
        if (length > limit) {
            reject(ctx, 413, "payload_too_large",
                    "The request body is " + length + " bytes; at most " + limit + " bytes are accepted here.");
            return;
        }
        ctx.next();
    }

    private void reject(RoutingContext ctx, int status, String code, String message) {
        String path = ctx.request().path();
        String body;
        try {
            body = json.writeValueAsString(ErrorBodies.body(path, status, code, message, List.of()));
        } catch (JsonProcessingException e) {
            body = "{}";
        }
        // The client may still be sending the body: close the connection after answering.
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ErrorBodies.mediaType(path).toString())
                .putHeader("Connection", "close")
                .end(body);
    }
}
