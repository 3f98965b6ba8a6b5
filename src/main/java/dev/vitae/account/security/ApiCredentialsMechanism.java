package dev.vitae.account.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the credentials a request presents — an API key in {@code X-Api-Key} or
 * {@code Authorization: Bearer <key>}, or the operator's {@code X-Admin-Token} — and hands them to
 * the identity providers. A request without credentials stays anonymous: the resources' role
 * annotations decide whether that is allowed ({@code @RolesAllowed(Roles.ACCOUNT)} on the APIs,
 * {@code @PermitAll} on signed résumé links). Authentication is lazy
 * ({@code quarkus.http.auth.proactive=false}), so failures reach the exception mappers and answer
 * with each API's own error body.
 */
@ApplicationScoped
public class ApiCredentialsMechanism implements HttpAuthenticationMechanism {

    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String ADMIN_TOKEN_HEADER = "X-Admin-Token";
    private static final String BEARER = "bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        AuthenticationRequest request = credentials(context.request());
        if (request == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    /** An API key if one is presented, else the admin token if that is; null when neither is. */
    static AuthenticationRequest credentials(HttpServerRequest request) {
        String key = request.getHeader(API_KEY_HEADER);
        if (key != null && !key.isBlank()) {
            return new ApiKeyRequest(key.trim());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).trim();
            if (!token.isEmpty()) {
                return new ApiKeyRequest(token);
            }
        }
        String admin = request.getHeader(ADMIN_TOKEN_HEADER);
        if (admin != null && !admin.isEmpty()) {
            return new AdminTokenRequest(admin);
        }
        return null;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class, AdminTokenRequest.class);
    }
}
