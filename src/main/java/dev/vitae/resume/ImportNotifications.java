package dev.vitae.resume;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * PostgreSQL's LISTEN/NOTIFY for the import engine, in one place: the one connection that listens
 * (reconnecting by itself after an outage), the two channels, and the statements that notify.
 * {@link #JOBS} tells workers a job is waiting; {@link #DONE} tells every replica that an import
 * ended, so that requests waiting on it ({@link ImportWaiters}) resume without polling.
 * Notifications are sent with {@code pg_notify($1, $2)} and delivered when the transaction commits.
 */
@ApplicationScoped
public class ImportNotifications {

    private static final Logger LOG = Logger.getLogger(ImportNotifications.class);

    /** Channel on which workers are told that a job is waiting. */
    public static final String JOBS = "vitae_import_jobs";
    /** Channel on which waiters are told that an import ended; the payload is "target:id". */
    public static final String DONE = "vitae_import_done";

    private final Vertx vertx;
    private final ImportWaiters waiters;
    private final DatabaseSessions sessions;
    private volatile boolean connected;
    private PgSubscriber subscriber;

    public ImportNotifications(Vertx vertx, ImportWaiters waiters, DatabaseSessions sessions) {
        this.vertx = vertx;
        this.waiters = waiters;
        this.sessions = sessions;
    }

    /**
     * Starts listening: import ends wake this replica's waiters; when {@code jobWaiting} is given
     * (this replica runs a worker), it is called for each job queued anywhere, and once connected.
     */
    void start(Optional<Runnable> jobWaiting) {
        subscriber = PgSubscriber.subscriber(vertx, sessions.options()).reconnectPolicy(retries -> 1_000L);
        subscriber.closeHandler(() -> connected = false);
        subscriber.channel(DONE).handler(waiters::wake);
        jobWaiting.ifPresent(wake -> subscriber.channel(JOBS).handler(payload -> wake.run()));
        subscriber.connect().subscribe().with(
                ignored -> {
                    connected = true;
                    jobWaiting.ifPresent(Runnable::run);
                },
                failure -> LOG.warnf("Import notifications unavailable for now (%s); the worker polls meanwhile",
                        failure.getMessage()));
    }

    void stop() {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    /** Whether the listening connection is up (readiness shows it). */
    public boolean connected() {
        return connected;
    }

    /** Tells every replica, when {@code tx} commits, that the import of {@code target:targetId} ended. */
    static Uni<Void> importEnded(SqlConnection tx, String target, String targetId) {
        return tx.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(DONE, target + ":" + targetId))
                .replaceWithVoid();
    }
}
