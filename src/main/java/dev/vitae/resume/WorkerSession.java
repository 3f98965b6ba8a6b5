package dev.vitae.resume;

import java.security.SecureRandom;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The worker's proof of life: one dedicated connection holding a PostgreSQL session advisory lock
 * ({@link #LOCK_CLASS}, a random key) for as long as this process lives. Claimed jobs carry the
 * key ({@code import_job.worker_lock}); when the process dies — a crash, {@code kill -9}, an OOM
 * kill — PostgreSQL ends its session and drops the lock, and any replica takes its jobs at the next
 * claim instead of waiting for their lease to run out. Reconnects by itself (with a new key) after
 * an outage; while the lock is not held the worker claims nothing.
 */
@ApplicationScoped
public class WorkerSession {

    private static final Logger LOG = Logger.getLogger(WorkerSession.class);
    /** The advisory lock class of vitae import workers ("vita"). */
    static final int LOCK_CLASS = 0x76697461;
    private static final long RECONNECT_MILLIS = 1_000;

    private final Vertx vertx;
    private final DatabaseSessions sessions;
    private final SecureRandom random = new SecureRandom();
    private volatile Integer key;
    private volatile boolean stopped;
    private volatile PgConnection connection;
    private Runnable onHeld = () -> {
    };

    public WorkerSession(Vertx vertx, DatabaseSessions sessions) {
        this.vertx = vertx;
        this.sessions = sessions;
    }

    /** Connects and takes the lock; {@code onHeld} runs each time the lock is (re)taken. */
    void start(Runnable onHeld) {
        this.onHeld = onHeld;
        connect();
    }

    void stop() {
        stopped = true;
        key = null;
        if (connection != null) {
            connection.closeAndForget();
        }
    }

    /** The lock key while this process holds it; empty while it is reconnecting. */
    OptionalInt key() {
        Integer held = key;
        return held == null ? OptionalInt.empty() : OptionalInt.of(held);
    }

    private void connect() {
        if (stopped) {
            return;
        }
        int candidate = random.nextInt(Integer.MAX_VALUE);
        PgConnection.connect(vertx, sessions.options())
                .chain(conn -> conn.preparedQuery("SELECT pg_try_advisory_lock($1, $2) AS locked")
                        .execute(Tuple.of(LOCK_CLASS, candidate))
                        .map(rows -> rows.iterator().next().getBoolean("locked"))
                        .onFailure().call(conn::close)
                        .invoke(locked -> {
                            if (!locked) {
                                conn.closeAndForget(); // another worker drew the same key: draw again
                                return;
                            }
                            connection = conn;
                            conn.closeHandler(() -> {
                                key = null;
                                if (!stopped) {
                                    LOG.warn("The import worker's session ended; reconnecting");
                                    vertx.setTimer(RECONNECT_MILLIS, id -> connect());
                                }
                            });
                            key = candidate;
                        }))
                .subscribe().with(locked -> {
                    if (locked) {
                        onHeld.run();
                    } else {
                        connect();
                    }
                }, failure -> {
                    LOG.debugf("Import worker session unavailable for now: %s", failure.getMessage());
                    vertx.setTimer(RECONNECT_MILLIS, id -> connect());
                });
    }
}
