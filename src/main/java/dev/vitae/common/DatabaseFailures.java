package dev.vitae.common;

import java.util.Locale;

import io.vertx.pgclient.PgException;

/**
 * What kind of database failure a throwable is, in one place: the REST error mapping answers 503
 * for {@link #unreachable}, and the import worker retries a step while it fails that way (or
 * {@link #retryable}).
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * PostgreSQL cannot be reached or is not serving — a refused, reset, closed or timed-out
     * connection, or a server error of class 08 (connection), 57 (operator intervention: shutting
     * down) or 53 (insufficient resources) — anywhere in the cause chain.
     */
    public static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof java.net.ConnectException || t instanceof io.vertx.sqlclient.ClosedConnectionException
                    || t instanceof io.netty.channel.ConnectTimeoutException
                    || message.contains("connection refused") || message.contains("connection reset")
                    || message.contains("failed to connect") || message.contains("connection is closed")
                    || t instanceof PgException pg && sqlStateIn(pg, "08", "57", "53")) {
                return true;
            }
        }
        return false;
    }

    /** A transaction PostgreSQL rolled back for a conflict (class 40: serialization failure, deadlock): run it again. */
    public static boolean retryable(Throwable e) {
        return e instanceof PgException pg && sqlStateIn(pg, "40");
    }

    private static boolean sqlStateIn(PgException e, String... classes) {
        String state = e.getSqlState() == null ? "" : e.getSqlState();
        for (String sqlClass : classes) {
            if (state.startsWith(sqlClass)) {
                return true;
            }
        }
        return false;
    }
}
