package dev.vitae.resume;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import dev.vitae.common.DatabaseFailures;
import dev.vitae.common.VitaeConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The import worker's lifecycle: while its {@link WorkerSession} holds its lock, claims as many
 * jobs from the {@link ImportQueue} as the {@link ParserPool} has free slots, runs each as one
 * sequential chain on its own Vert.x context — the file read, the parse counted as begun, the
 * parse on the pool outside any database session, then, in one transaction, the target applying
 * the result, the job finished and the import's end announced ({@link ImportNotifications}) — and
 * renews the leases of the jobs it works on. A database step that fails for want of the database
 * (an outage, a restart) is retried with backoff, so a job in hand finishes within seconds of the
 * database's return without losing its parse. Woken by a queued job's notification and, as a
 * fallback, by a slow poll; any replica can finish any job.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final Vertx vertx;
    private final Pool pool;
    private final VitaeConfig.Import config;
    private final Map<String, ImportTarget> targets = new HashMap<>();
    private final ImportQueue queue;
    private final ImportNotifications notifications;
    private final ParserPool parsers;
    private final ResumeFileReads files;
    private final WorkerSession session;
    /** The jobs this worker is working on: their leases are renewed. */
    private final Set<UUID> active = ConcurrentHashMap.newKeySet();
    private final String workerId = "worker-" + UUID.randomUUID();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean running;
    private volatile long lastClaimMillis;
    private final AtomicLong queueDepth = new AtomicLong();
    private final AtomicLong oldestQueuedMillis = new AtomicLong();
    private final Counter leaseExpiries;
    private final MeterRegistry metrics;
    private long pollTimer = -1;
    private long renewTimer = -1;

    /** Database steps of a job in hand are retried this long while the database is away. */
    private static final Duration RETRY_FOR = Duration.ofMinutes(10);

    /** The job was taken over by another worker meanwhile: this one drops it. */
    private static final class LostJob extends RuntimeException {
        LostJob() {
            super("taken over by another worker", null, false, false);
        }
    }

    public ImportWorker(Vertx vertx, Pool pool, VitaeConfig config, Instance<ImportTarget> targets, ImportQueue queue,
            ImportNotifications notifications, ParserPool parsers, ResumeFileReads files, WorkerSession session,
            MeterRegistry metrics) {
        this.vertx = vertx;
        this.pool = pool;
        this.config = config.imports();
        this.queue = queue;
        this.notifications = notifications;
        this.parsers = parsers;
        this.files = files;
        this.session = session;
        targets.forEach(target -> this.targets.put(target.name(), target));
        this.metrics = metrics;
        this.leaseExpiries = Counter.builder("vitae.import.lease.expired")
                .description("Jobs taken over from a worker that is gone (its session ended or its lease expired)")
                .register(metrics);
        Gauge.builder("vitae.import.queue.depth", queueDepth, AtomicLong::get)
                .description("Import jobs queued or running (all replicas), as of the last poll").register(metrics);
        Gauge.builder("vitae.import.oldest.queued.age", oldestQueuedMillis, millis -> millis.get() / 1000.0)
                .baseUnit("seconds")
                .description("How long the oldest job still waiting for a worker has waited (0 when none waits), "
                        + "as of the last poll").register(metrics);
        Gauge.builder("vitae.import.in.flight", inFlight, AtomicInteger::get)
                .description("Imports this replica is working on").register(metrics);
    }

    /** What readiness reports about this replica's worker. */
    public record Status(boolean enabled, boolean running, boolean notificationsConnected, boolean sessionHeld, int inFlight,
            int concurrency, int stuckParsers, long millisSinceLastClaim) {
    }

    public Status status() {
        return new Status(config.workerEnabled(), running, notifications.connected(), session.key().isPresent(), inFlight.get(),
                parsers.size(), parsers.stuck(), lastClaimMillis == 0 ? -1 : System.currentTimeMillis() - lastClaimMillis);
    }

    /** The worker is healthy when it reached its queue within three poll intervals (it claims only while its session lives). */
    public boolean healthy() {
        return !config.workerEnabled()
                || running && lastClaimMillis > 0
                        && System.currentTimeMillis() - lastClaimMillis <= 3 * config.pollInterval().toMillis() + 1_000;
    }

    void start(@Observes StartupEvent event) {
        if (config.workerEnabled()) {
            running = true;
            parsers.start();
            // Claims begin once the parsers are warm (the worker session is what claims wait for).
            parsers.warmUp().subscribe().with(warm -> session.start(this::drain), failure -> session.start(this::drain));
            renewTimer = vertx.setPeriodic(Math.max(1_000, config.lease().toMillis() / 3), id -> renewLeases());
        }
        notifications.start(config.workerEnabled() ? Optional.of(this::drain) : Optional.empty());
        // Every replica measures the queue, also one that parses nothing: jobs waiting with no worker must show.
        pollTimer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> {
            drain();
            measureQueue();
        });
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (pollTimer >= 0) {
            vertx.cancelTimer(pollTimer);
        }
        if (renewTimer >= 0) {
            vertx.cancelTimer(renewTimer);
        }
        notifications.stop();
        // Ending the session releases its lock: another replica takes the jobs still running at once.
        session.stop();
        parsers.stop();
    }

    /** Claims as many jobs as there are free slots and starts them; safe to call any time. */
    void drain() {
        if (!running) {
            return;
        }
        if (!claiming.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        // A stuck parser thread keeps its slot: no job is claimed that could only wait for it.
        int free = parsers.size() - inFlight.get() - parsers.stuck();
        OptionalInt lock = session.key();
        if (free <= 0 || lock.isEmpty()) {
            claiming.set(false);
            return;
        }
        again.set(false);
        queue.claim(pool, free, config.lease(), workerId, lock.getAsInt())
                .subscribe().with(jobs -> {
                    lastClaimMillis = System.currentTimeMillis();
                    inFlight.addAndGet(jobs.size());
                    jobs.forEach(job -> active.add(job.id()));
                    jobs.stream().filter(ClaimedJob::takenOver).forEach(job -> leaseExpiries.increment());
                    claiming.set(false);
                    jobs.forEach(this::runOnOwnContext);
                    if (again.get() || jobs.size() == free) {
                        drain();
                    }
                }, failure -> {
                    claiming.set(false);
                    LOG.warnf("Could not claim import jobs: %s", failure.getMessage());
                });
    }

    private void renewLeases() {
        if (active.isEmpty()) {
            return;
        }
        queue.renew(Set.copyOf(active), workerId, config.lease()).subscribe().with(ignored -> {
        }, failure -> LOG.debugf("Could not renew import leases: %s", failure.getMessage()));
    }

    private void measureQueue() {
        queue.measure().subscribe().with(depth -> {
            queueDepth.set(depth.pending());
            oldestQueuedMillis.set(depth.oldestQueuedMillis());
        }, failure -> LOG.debugf("Queue measures unavailable: %s", failure.getMessage()));
    }

    /** Each job is one sequential chain on its own duplicated Vert.x context. */
    private void runOnOwnContext(ClaimedJob job) {
        io.vertx.core.Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        context.runOnContext(ignored -> process(job)
                .onFailure(LostJob.class).recoverWithItem(() -> {
                    LOG.debugf("Import job %s was taken over by another worker", job.id());
                    return null;
                })
                .subscribe().with(
                        done -> finished(job),
                        failure -> {
                            // Left running: its lease expires and any worker retries it (a parse begun counts).
                            LOG.errorf(failure, "Import job %s could not be finished; it will be retried", job.id());
                            finished(job);
                        }));
    }

    private void finished(ClaimedJob job) {
        active.remove(job.id());
        inFlight.decrementAndGet();
        drain();
    }

    Uni<Void> process(ClaimedJob job) {
        ImportTarget target = targets.get(job.target());
        if (target == null) {
            return finish(job, null, null, ImportFailure.of(ImportFailure.Reason.UNKNOWN_TARGET,
                    "unknown import target '" + job.target() + "'"));
        }
        if (job.attempts() >= config.maxAttempts()) {
            return finish(job, target, null, ImportFailure.of(ImportFailure.Reason.TOO_MANY_ATTEMPTS,
                    "reading this file was begun " + job.attempts() + " times and the service stopped each time "
                            + "before it ended (the file may crash the parser)"));
        }
        return whileDatabaseAway(target.started(pool, job).chain(() -> files.content(job.fileId())))
                .chain(file -> file == null
                        // The file (and so its owner) was deleted meanwhile: nothing left to do.
                        ? finish(job, null, null, null)
                        : whileDatabaseAway(queue.parsing(job.id(), workerId))
                                .chain(held -> {
                                    if (!held) {
                                        throw new LostJob();
                                    }
                                    return parsers.parse(file.bytes(), file.format());
                                })
                                .chain(parsed -> finish(job, target, parsed.resume(), parsed.failure())));
    }

    /** Retries {@code step} with backoff while it fails for want of the database. */
    private static <T> Uni<T> whileDatabaseAway(Uni<T> step) {
        return step.onFailure(ImportWorker::databaseAway).retry()
                .withBackOff(Duration.ofMillis(250), Duration.ofSeconds(5)).expireIn(RETRY_FOR.toMillis());
    }

    /**
     * A failure of the connection or the server's availability, or a transaction to run again —
     * not of the statement itself. The SQL client's own failures (a pool timeout, a closed
     * connection) count too.
     */
    static boolean databaseAway(Throwable failure) {
        return DatabaseFailures.unreachable(failure) || DatabaseFailures.retryable(failure)
                || !(failure instanceof PgException)
                        && (failure instanceof VertxException || failure instanceof IOException || failure instanceof TimeoutException);
    }

    /**
     * Lets the target apply the result, finishes the job and announces the import's end, in one
     * transaction; then counts how the import ended. Without a target (unknown, or its file was
     * deleted) the job just closes.
     */
    private Uni<Void> finish(ClaimedJob job, ImportTarget target, ParsedResume parsed, ImportFailure failure) {
        return whileDatabaseAway(pool.withTransaction(tx -> end(tx, job, target, parsed, failure)
                .call(end -> queue.finish(tx, job.id(), end.outcome() == ImportEnd.Outcome.FAILED ? JobState.FAILED : JobState.DONE,
                        end.failure() == null ? null : end.failure().message(), workerId)
                        // Taken over meanwhile: roll back what the target wrote; the other worker finishes it.
                        .invoke(held -> {
                            if (!held) {
                                throw new LostJob();
                            }
                        }))
                .call(() -> ImportNotifications.importEnded(tx, job.target(), job.targetId()))))
                .invoke(end -> endedImports(job.target(), end).increment())
                .replaceWithVoid();
    }

    private static Uni<ImportEnd> end(SqlConnection tx, ClaimedJob job, ImportTarget target, ParsedResume parsed,
            ImportFailure failure) {
        if (target != null) {
            return target.complete(tx, job, parsed, failure);
        }
        return Uni.createFrom().item(failure == null ? ImportEnd.abandoned() : ImportEnd.failed(failure));
    }

    private Counter endedImports(String target, ImportEnd end) {
        // The target label is bounded too: a job's target is one this service knows, else "unknown".
        return Counter.builder("vitae.imports")
                .description("Imports ended, by target, outcome (ready, failed, abandoned) and failure reason")
                .tags("target", targets.containsKey(target) ? target : "unknown", "outcome", end.outcome().label(),
                        "reason", end.reasonLabel())
                .register(metrics);
    }
}
