package dev.vitae.account.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    /**
     * A new account with its first key. {@code api_key} is the secret, shown here once (the
     * contract's field); {@code key} is that key as {@code POST /admin/accounts/{id}/keys} answers it.
     */
    @RegisterForReflection
    public record CreatedAccount(AccountView account, String apiKey, CreatedKey key) {
        static CreatedAccount of(Account account, IssuedKey issued) {
            return new CreatedAccount(AccountView.of(account), issued.secret(), CreatedKey.of(issued));
        }
    }

    /** A key as every admin answer shows it; never the secret or its hash. */
    @RegisterForReflection
    public record KeyView(UUID id, UUID accountId, String prefix, Instant createdAt,
            @Schema(nullable = true, description = "null until the key is first used") Instant lastUsedAt,
            @Schema(nullable = true, description = "null while the key works") Instant revokedAt) {
        static KeyView of(ApiKey key) {
            return new KeyView(key.id, key.accountId, key.prefix, key.createdAt, key.lastUsedAt, key.revokedAt);
        }
    }

    /** A key just issued: the fields of {@link KeyView} plus {@code api_key}, the secret, shown this once. */
    @RegisterForReflection
    public record CreatedKey(UUID id, UUID accountId, String prefix, Instant createdAt,
            @Schema(nullable = true) Instant lastUsedAt, @Schema(nullable = true) Instant revokedAt, String apiKey) {
        static CreatedKey of(IssuedKey issued) {
            ApiKey key = issued.key();
            return new CreatedKey(key.id, key.accountId, key.prefix, key.createdAt, key.lastUsedAt, key.revokedAt,
                    issued.secret());
        }
    }
}
