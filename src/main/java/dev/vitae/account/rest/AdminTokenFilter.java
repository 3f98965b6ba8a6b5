package dev.vitae.account.rest;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.vitae.common.ApiException;
import dev.vitae.common.VitaeConfig;

/**
 * With no operator token configured ({@code vitae.admin.token}), the admin endpoints do not exist
 * as far as clients can tell: 404, before any authentication. With one, {@code AdminResource}
 * requires {@code Roles.ADMIN}, which only {@code X-Admin-Token} gives.
 */
public class AdminTokenFilter {

    private final boolean enabled;

    public AdminTokenFilter(VitaeConfig config) {
        this.enabled = config.admin().token().filter(t -> !t.isBlank()).isPresent();
    }

    @ServerRequestFilter(preMatching = true)
    public void hideWhenDisabled(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!enabled && (path.equals("/admin") || path.startsWith("/admin/"))) {
            throw ApiException.notFound("Resource");
        }
    }
}
