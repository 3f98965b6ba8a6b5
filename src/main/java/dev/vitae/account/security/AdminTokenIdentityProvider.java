package dev.vitae.account.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.account.ApiKeys;
import dev.vitae.common.VitaeConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The operator: the presented {@code X-Admin-Token} equals {@code vitae.admin.token} (compared in constant time). */
@ApplicationScoped
public class AdminTokenIdentityProvider implements IdentityProvider<AdminTokenRequest> {

    static final String WRONG_TOKEN = "Missing or wrong X-Admin-Token.";

    private final Optional<String> token;

    public AdminTokenIdentityProvider(VitaeConfig config) {
        this.token = config.admin().token().filter(t -> !t.isBlank());
    }

    @Override
    public Class<AdminTokenRequest> getRequestType() {
        return AdminTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(AdminTokenRequest request, AuthenticationRequestContext context) {
        if (token.isEmpty() || !ApiKeys.constantTimeEquals(request.token(), token.get())) {
            return Uni.createFrom().failure(new AuthenticationFailedException(WRONG_TOKEN));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("operator"))
                .addRole(Roles.ADMIN)
                .build());
    }
}
