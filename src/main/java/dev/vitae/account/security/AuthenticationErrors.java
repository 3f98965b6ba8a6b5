package dev.vitae.account.security;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.vitae.common.ApiException;
import dev.vitae.common.ErrorBodies;
import dev.vitae.common.ErrorMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Quarkus Security's refusals, answered as 401 in the body of the API they happened in
 * (problem+json for profiles and admin, {@code {"error": …}} for {@code /api/v1}), naming the
 * credential that path takes. A caller holding the other kind of credential (an API key on
 * {@code /admin}, the admin token on the APIs) is refused the same way: it has not presented what
 * this path needs.
 */
public class AuthenticationErrors {

    static final String MISSING_KEY = "Missing API key: send it as 'X-Api-Key: <key>' or 'Authorization: Bearer <key>'.";

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (e.getCause() != null) {
            // The key could not be looked up (the database is unreachable, say): that is no wrong key.
            return ErrorMappers.toResponse(e.getCause(), uri);
        }
        return refuse(uri, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return refuse(uri, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return refuse(uri, null);
    }

    private static Response refuse(UriInfo uri, String reason) {
        String path = uri.getPath();
        boolean admin = path.equals("/admin") || path.startsWith("/admin/");
        String message = admin ? AdminTokenIdentityProvider.WRONG_TOKEN
                : ApiKeyIdentityProvider.UNKNOWN_KEY.equals(reason) ? reason : MISSING_KEY;
        return ErrorBodies.render(path, ApiException.unauthorized(message));
    }
}
