package dev.vitae.resume;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import dev.vitae.common.VitaeConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The import worker's lifecycle: claims as many jobs from the {@link ImportQueue} as the
 * {@link ParserPool} has free slots, runs each as one sequential chain on its own Vert.x context —
 * the file read, the parse on the pool outside any database session, then, in one transaction,
 * the target applying the result, the job finished and the import's end announced
 * ({@link ImportNotifications}). Woken by a queued job's notification and, as a fallback, by a
 * slow poll; any replica can finish any job.
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

    public ImportWorker(Vertx vertx, Pool pool, VitaeConfig config, Instance<ImportTarget> targets, ImportQueue queue,
            ImportNotifications notifications, ParserPool parsers, ResumeFileReads files, MeterRegistry metrics) {
        this.vertx = vertx;
        this.pool = pool;
        this.config = config.imports();
        this.queue = queue;
        this.notifications = notifications;
        this.parsers = parsers;
        this.files = files;
        targets.forEach(target -> this.targets.put(target.name(), target));
        this.metrics = metrics;
        this.leaseExpiries = Counter.builder("vitae.import.lease.expired")
                .description("Jobs taken over because their worker's lease expired").register(metrics);
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
    public record Status(boolean enabled, boolean running, boolean notificationsConnected, int inFlight, int concurrency,
            long millisSinceLastClaim) {
    }

    public Status status() {
        return new Status(config.workerEnabled(), running, notifications.connected(), inFlight.get(), parsers.size(),
                lastClaimMillis == 0 ? -1 : System.currentTimeMillis() - lastClaimMillis);
    }

    /** The worker is healthy when it reached its queue within three poll intervals. */
    public boolean healthy() {
        return !config.workerEnabled()
                || running && lastClaimMillis > 0
                        && System.currentTimeMillis() - lastClaimMillis <= 3 * config.pollInterval().toMillis() + 1_000;
    }

    void start(@Observes StartupEvent event) {
        if (config.workerEnabled()) {
            running = true;
            parsers.start();
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
        notifications.stop();
        // Jobs still running keep their lease; once it expires another replica takes them over.
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
        int free = parsers.size() - inFlight.get();
        if (free <= 0) {
            claiming.set(false);
            return;
        }
        again.set(false);
        queue.claim(free, config.lease(), workerId)
                .subscribe().with(jobs -> {
                    lastClaimMillis = System.currentTimeMillis();
                    inFlight.addAndGet(jobs.size());
                    jobs.stream().filter(job -> job.attempts() > 1).forEach(job -> leaseExpiries.increment());
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
                .subscribe().with(
                        done -> finished(),
                        failure -> {
                            // Left running: the lease expires and the job is retried, counting attempts.
                            LOG.errorf(failure, "Import job %s could not be finished; it will be retried", job.id());
                            finished();
                        }));
    }

    private void finished() {
        inFlight.decrementAndGet();
        drain();
    }

    Uni<Void> process(ClaimedJob job) {
        ImportTarget target = targets.get(job.target());
        if (target == null) {
            return finish(job, null, null, ImportFailure.of(ImportFailure.Reason.UNKNOWN_TARGET,
                    "unknown import target '" + job.target() + "'"));
        }
        if (job.attempts() > config.maxAttempts()) {
            return finish(job, target, null, ImportFailure.of(ImportFailure.Reason.TOO_MANY_ATTEMPTS,
                    "the import was attempted " + config.maxAttempts() + " times and never finished (the file may crash the parser)"));
        }
        return target.started(pool, job)
                .chain(() -> files.content(job.fileId()))
                .chain(file -> file == null
                        // The file (and so its owner) was deleted meanwhile: nothing left to do.
                        ? finish(job, null, null, null)
                        : parsers.parse(file.bytes(), file.format())
                                .chain(parsed -> finish(job, target, parsed.resume(), parsed.failure())));
    }

    /**
     * Lets the target apply the result, finishes the job and announces the import's end, in one
     * transaction; then counts how the import ended. Without a target (unknown, or its file was
     * deleted) the job just closes.
     */
    private Uni<Void> finish(ClaimedJob job, ImportTarget target, ParsedResume parsed, ImportFailure failure) {
        return pool.withTransaction(tx -> end(tx, job, target, parsed, failure)
                .call(end -> queue.finish(tx, job.id(), end.outcome() == ImportEnd.Outcome.FAILED ? JobState.FAILED : JobState.DONE,
                        end.failure() == null ? null : end.failure().message(), workerId))
                .call(() -> ImportNotifications.importEnded(tx, job.target(), job.targetId())))
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
