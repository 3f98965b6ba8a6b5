package dev.vitae.common;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A client that accepts {@code application/problem+json} accepts JSON: the OpenAPI document lists
 * it for every error, so generated clients send {@code Accept: application/problem+json} (on a
 * DELETE, for instance) and must be served, not refused with 406 before authentication even runs.
 * Such an {@code Accept} gets {@code application/json} added at the same quality before the
 * resources are matched. Success bodies stay {@code application/json}; errors keep their API's type.
 */
@ApplicationScoped
public class AcceptNegotiation {

    static final String PROBLEM_JSON = "application/problem+json";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::widen);
    }

    private void widen(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null) {
            String widened = widen(accept);
            if (!widened.equals(accept)) {
                ctx.request().headers().set(HttpHeaders.ACCEPT, widened);
            }
        }
        ctx.next();
    }

    /**
     * {@code accept} with {@code application/json} added at the quality it gives
     * {@code application/problem+json}, unless it names {@code application/json} itself.
     */
    static String widen(String accept) {
        String problemQuality = null;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (type.equals("application/json")) {
                return accept;
            }
            if (type.equals(PROBLEM_JSON)) {
                problemQuality = quality(parts);
            }
        }
        if (problemQuality == null) {
            return accept;
        }
        return accept + ", application/json" + (problemQuality.isEmpty() ? "" : ";q=" + problemQuality);
    }

    /** The {@code q} parameter of a media range, or "" when it has none. */
    private static String quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && (parameter.startsWith("q=") || parameter.startsWith("Q="))) {
                return parameter.substring(2).trim();
            }
        }
        return "";
    }
}
