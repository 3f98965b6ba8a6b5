package dev.vitae.account.rest;

import java.time.Instant;
import java.util.UUID;

import dev.vitae.account.Account;
import dev.vitae.account.AccountService.IssuedKey;
import dev.vitae.account.ApiKey;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Request and response bodies of the operator API. */
public final class AdminDtos {

    private AdminDtos() {
    }

    @RegisterForReflection
    public record CreateAccountRequest(String name) {
    }

    @RegisterForReflection
    public record AccountView(UUID id, String name, Instant createdAt) {
        static AccountView of(Account account) {
            return new AccountView(account.id, account.name, account.createdAt);
        }
    }

    /** {@code api_key} is the secret, shown here once. */
    @RegisterForReflection
    public record CreatedAccount(AccountView account, String apiKey, UUID apiKeyId, String apiKeyPrefix) {
    }

    @RegisterForReflection
    public record CreatedKey(UUID id, String prefix, String apiKey) {
        static CreatedKey of(IssuedKey issued) {
            return new CreatedKey(issued.key().id, issued.key().prefix, issued.secret());
        }
    }

    @RegisterForReflection
    public record KeyView(UUID id, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static KeyView of(ApiKey key) {
            return new KeyView(key.id, key.prefix, key.createdAt, key.lastUsedAt, key.revokedAt);
        }
    }
}
