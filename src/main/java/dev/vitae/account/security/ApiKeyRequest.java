package dev.vitae.account.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key as presented in {@code X-Api-Key} or {@code Authorization: Bearer}; checked by {@link ApiKeyIdentityProvider}. */
public final class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String secret;

    public ApiKeyRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}
