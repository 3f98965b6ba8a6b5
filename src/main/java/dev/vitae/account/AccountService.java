package dev.vitae.account;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.vitae.common.ApiException;
import dev.vitae.common.Timestamps;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Operator actions on accounts and keys. A new secret is returned once and never stored. */
@ApplicationScoped
public class AccountService {

    /** A freshly issued key: the stored row plus the secret, which exists only in this response. */
    public record IssuedKey(ApiKey key, String secret) {
    }

    public record NewAccount(Account account, IssuedKey key) {
    }

    private final AccountRepository accounts;
    private final ApiKeyRepository keys;

    public AccountService(AccountRepository accounts, ApiKeyRepository keys) {
        this.accounts = accounts;
        this.keys = keys;
    }

    @WithTransaction
    public Uni<NewAccount> createAccount(String name) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.name = name;
        account.createdAt = Timestamps.now();
        return accounts.persist(account)
                .chain(saved -> issue(saved.id, ApiKeys.newSecret()))
                .map(issued -> new NewAccount(account, issued));
    }

    @WithTransaction
    public Uni<IssuedKey> createKey(UUID accountId) {
        return accounts.findById(accountId)
                .onItem().ifNull().failWith(() -> ApiException.notFound("Account"))
                .chain(account -> issue(account.id, ApiKeys.newSecret()));
    }

    /**
     * Makes sure an account holding the given secret exists (the dev account), creating it if
     * needed. Returns true when it was created.
     */
    @WithTransaction
    public Uni<Boolean> ensureAccountWithKey(String accountName, String secret) {
        return keys.findByHash(ApiKeys.hash(secret)).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(false);
            }
            Account account = new Account();
            account.id = UUID.randomUUID();
            account.name = accountName;
            account.createdAt = Timestamps.now();
            return accounts.persist(account).chain(saved -> issue(saved.id, secret)).replaceWith(true);
        });
    }

    @WithSession
    public Uni<Account> account(UUID accountId) {
        return accounts.findById(accountId).onItem().ifNull().failWith(() -> ApiException.notFound("Account"));
    }

    @WithSession
    public Uni<ApiKey> key(UUID keyId) {
        return keys.findById(keyId).onItem().ifNull().failWith(() -> ApiException.notFound("API key"));
    }

    @WithSession
    public Uni<List<ApiKey>> listKeys(UUID accountId) {
        return accounts.findById(accountId)
                .onItem().ifNull().failWith(() -> ApiException.notFound("Account"))
                .chain(account -> keys.listByAccount(accountId));
    }

    /** Revokes a key; revoking a revoked key again is a no-op. */
    @WithTransaction
    public Uni<Void> revokeKey(UUID keyId) {
        return keys.findById(keyId)
                .onItem().ifNull().failWith(() -> ApiException.notFound("API key"))
                .invoke(key -> {
                    if (key.revokedAt == null) {
                        key.revokedAt = Timestamps.now();
                    }
                })
                .replaceWithVoid();
    }

    private Uni<IssuedKey> issue(UUID accountId, String secret) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.accountId = accountId;
        key.prefix = ApiKeys.prefix(secret);
        key.keyHash = ApiKeys.hash(secret);
        key.createdAt = Timestamps.now();
        return keys.persist(key).map(saved -> new IssuedKey(saved, secret));
    }
}
