package dev.vitae.account;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import dev.vitae.account.security.ApiKeyIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The account whose API key authenticated the current request: the principal that
 * {@link ApiKeyIdentityProvider} gave the request's security identity. Only resources that require
 * {@code Roles.ACCOUNT} ask for it.
 */
@RequestScoped
public class CurrentAccount {

    private final SecurityIdentity identity;

    public CurrentAccount(SecurityIdentity identity) {
        this.identity = identity;
    }

    public UUID id() {
        if (identity.isAnonymous()) {
            throw new IllegalStateException("No authenticated account on this request");
        }
        return UUID.fromString(identity.getPrincipal().getName());
    }
}
