package dev.vitae.account.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The operator token as presented in {@code X-Admin-Token}; checked by {@link AdminTokenIdentityProvider}. */
public final class AdminTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public AdminTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
