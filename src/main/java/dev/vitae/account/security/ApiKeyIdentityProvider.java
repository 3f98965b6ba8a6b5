package dev.vitae.account.security;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.account.ApiKeyLookups;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * An API key's account: one indexed lookup by the key's hash per request ({@link ApiKeyLookups}),
 * so a revoked key stops working at once on every replica. The identity's principal is the
 * account id, its role {@link Roles#ACCOUNT}.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    static final String UNKNOWN_KEY = "The API key is unknown or has been revoked.";

    private final ApiKeyLookups keys;

    public ApiKeyIdentityProvider(ApiKeyLookups keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        return keys.accountOf(request.secret()).map(account -> {
            if (account == null) {
                throw new AuthenticationFailedException(UNKNOWN_KEY);
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(account.toString()))
                    .addRole(Roles.ACCOUNT)
                    .build();
        });
    }
}
