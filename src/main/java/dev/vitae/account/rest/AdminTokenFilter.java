package dev.vitae.account.rest;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.vitae.account.ApiKeys;
import dev.vitae.common.ApiException;
import dev.vitae.common.VitaeConfig;

/**
 * Guards {@code /admin/**} with the configured operator token. With no token configured the
 * admin endpoints do not exist as far as clients can tell (404).
 */
public class AdminTokenFilter {

    static final String HEADER = "X-Admin-Token";

    private final Optional<String> token;

    public AdminTokenFilter(VitaeConfig config) {
        this.token = config.admin().token().filter(t -> !t.isBlank());
    }

    @ServerRequestFilter(preMatching = true)
    public void guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            return;
        }
        if (token.isEmpty()) {
            throw ApiException.notFound("Resource");
        }
        String presented = request.getHeaderString(HEADER);
        if (presented == null || !ApiKeys.constantTimeEquals(presented, token.get())) {
            throw ApiException.unauthorized("Missing or wrong X-Admin-Token.");
        }
    }
}
