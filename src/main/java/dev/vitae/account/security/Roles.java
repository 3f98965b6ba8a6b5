package dev.vitae.account.security;

/** The two kinds of caller: an account presenting one of its API keys, and the operator with the admin token. */
public final class Roles {

    /** A caller authenticated by an API key ({@code X-Api-Key} or {@code Authorization: Bearer}); its principal is the account id. */
    public static final String ACCOUNT = "account";

    /** The operator, authenticated by {@code X-Admin-Token} ({@code vitae.admin.token}). */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
