package dev.vitae.account;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/** The account whose API key authenticated the current request; set by {@link ApiKeyFilter}. */
@RequestScoped
public class CurrentAccount {

    private UUID id;

    void set(UUID accountId) {
        this.id = accountId;
    }

    public UUID id() {
        if (id == null) {
            throw new IllegalStateException("No authenticated account on this request");
        }
        return id;
    }
}
