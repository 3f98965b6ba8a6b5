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
    public record CreateAccountRequest(@Schema(required = true, maxLength = 200) String name) {
    }

    @RegisterForReflection
    public record AccountView(@Schema(required = true) UUID id, @Schema(required = true) String name, @Schema(required = true) Instant createdAt) {
        static AccountView of(Account account) {
            return new AccountView(account.id, account.name, account.createdAt);
        }
    }

    /**
     * A new account with its first key. {@code api_key} is the secret, shown here once (the
     * contract's field); {@code key} is that key as {@code POST /admin/accounts/{id}/keys} answers it.
     */
    @RegisterForReflection
    public record CreatedAccount(@Schema(required = true) AccountView account, @Schema(required = true) String apiKey, @Schema(required = true) CreatedKey key) {
        static CreatedAccount of(Account account, IssuedKey issued) {
            return new CreatedAccount(AccountView.of(account), issued.secret(), CreatedKey.of(issued));
        }
    }

    /** A key as every admin answer shows it; never the secret or its hash. */
    @RegisterForReflection
    public record KeyView(@Schema(required = true) UUID id, @Schema(required = true) UUID accountId, @Schema(required = true) String prefix, @Schema(required = true) Instant createdAt,
            @Schema(required = true, nullable = true, description = "null until the key is first used") Instant lastUsedAt,
            @Schema(required = true, nullable = true, description = "null while the key works") Instant revokedAt) {
        static KeyView of(ApiKey key) {
            return new KeyView(key.id, key.accountId, key.prefix, key.createdAt, key.lastUsedAt, key.revokedAt);
        }
    }

    /** A key just issued: the fields of {@link KeyView} plus {@code api_key}, the secret, shown this once. */
    @RegisterForReflection
    public record CreatedKey(@Schema(required = true) UUID id, @Schema(required = true) UUID accountId, @Schema(required = true) String prefix, @Schema(required = true) Instant createdAt,
            @Schema(required = true, nullable = true) Instant lastUsedAt, @Schema(required = true, nullable = true) Instant revokedAt, @Schema(required = true) String apiKey) {
        static CreatedKey of(IssuedKey issued) {
            ApiKey key = issued.key();
            return new CreatedKey(key.id, key.accountId, key.prefix, key.createdAt, key.lastUsedAt, key.revokedAt,
                    issued.secret());
        }
    }
}
