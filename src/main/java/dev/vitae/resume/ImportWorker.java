package dev.vitae.resume;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.vitae.common.VitaeConfig;
import dev.vitae.resume.parser.ResumeParser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Runs import jobs: claims queued jobs (and jobs whose lease expired because their worker died)
 * with {@code FOR UPDATE SKIP LOCKED}, parses each file on a bounded worker pool outside any
 * database session and under a time limit, and writes the result in a fresh transaction.
 * Woken by {@code NOTIFY} and, as a fallback, by a slow poll; any replica can finish any job.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private static final String CLAIM = """
            UPDATE import_job j
               SET state = 'running', attempts = j.attempts + 1,
                   lease_until = now() + make_interval(secs => $2), worker = $3
             WHERE j.id IN (SELECT id FROM import_job
                             WHERE state = 'queued' OR (state = 'running' AND lease_until < now())
                             ORDER BY created_at
                             LIMIT $1
                             FOR UPDATE SKIP LOCKED)
            RETURNING j.id, j.account_id, j.target, j.target_id, j.file_id, j.attempts""";
    private static final String FINISH = """
            UPDATE import_job SET state = $2, error = $3, finished_at = now(), lease_until = NULL
             WHERE id = $1 AND state = 'running' AND worker = $4""";

    /** Reads only the pending rows (a partial index), never the finished history. */
    private static final String QUEUE = """
            SELECT count(*) AS depth,
                   COALESCE((EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE state = 'queued')) * 1000)::bigint, 0)
                       AS oldest_queued_ms
              FROM import_job WHERE state IN ('queued', 'running')""";

    private final Vertx vertx;
    private final Pool pool;
    private final VitaeConfig.Import config;
    private final Map<String, ImportTarget> targets = new HashMap<>();
    private final ImportWaiters waiters;
    private final String reactiveUrl;
    private final Optional<String> username;
    private final Optional<String> password;
    private final String workerId = "worker-" + UUID.randomUUID();
    private final int concurrency;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean running;
    private volatile long lastClaimMillis;
    private volatile boolean notificationsConnected;
    private final AtomicLong queueDepth = new AtomicLong();
    private final AtomicLong oldestQueuedMillis = new AtomicLong();
    private final Timer parseTimer;
    private final Counter leaseExpiries;
    private final MeterRegistry metrics;
    private WorkerExecutor parsers;
    private PgSubscriber subscriber;
    private long pollTimer = -1;

    public ImportWorker(Vertx vertx, Pool pool, VitaeConfig config, Instance<ImportTarget> targets, ImportWaiters waiters,
            MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String reactiveUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.pool = pool;
        this.config = config.imports();
        this.waiters = waiters;
        this.reactiveUrl = reactiveUrl;
        this.username = username;
        this.password = password;
        this.concurrency = this.config.concurrency().orElse(Runtime.getRuntime().availableProcessors());
        targets.forEach(target -> this.targets.put(target.name(), target));
        this.metrics = metrics;
        this.parseTimer = Timer.builder("vitae.import.parse").description("Time to parse one résumé file")
                .publishPercentileHistogram().register(metrics);
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
        return new Status(config.workerEnabled(), running, notificationsConnected, inFlight.get(), concurrency,
                lastClaimMillis == 0 ? -1 : System.currentTimeMillis() - lastClaimMillis);
    }

    /** The worker is healthy when it reached its queue within three poll intervals. */
    public boolean healthy() {
        return !config.workerEnabled()
                || running && lastClaimMillis > 0
                        && System.currentTimeMillis() - lastClaimMillis <= 3 * config.pollInterval().toMillis() + 1_000;
    }

    void start(@Observes StartupEvent event) {
        PgConnectOptions options = PgConnectOptions.fromUri(reactiveUrl);
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
        subscriber.closeHandler(() -> notificationsConnected = false);
        subscriber.channel(ImportQueue.DONE_CHANNEL).handler(waiters::wake);
        if (config.workerEnabled()) {
            running = true;
            parsers = vertx.createSharedWorkerExecutor("vitae-resume-parser", concurrency);
            subscriber.channel(ImportQueue.JOBS_CHANNEL).handler(payload -> drain());
        }
        // Every replica measures the queue, also one that parses nothing: jobs waiting with no worker must show.
        pollTimer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> {
            drain();
            measureQueue();
        });
        subscriber.connect().subscribe().with(
                connected -> {
                    notificationsConnected = true;
                    drain();
                },
                failure -> LOG.warnf("Import notifications unavailable for now (%s); polling every %s",
                        failure.getMessage(), config.pollInterval()));
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (pollTimer >= 0) {
            vertx.cancelTimer(pollTimer);
        }
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
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
        int free = concurrency - inFlight.get();
        if (free <= 0) {
            claiming.set(false);
            return;
        }
        again.set(false);
        pool.preparedQuery(CLAIM)
                .execute(Tuple.of(free, (double) config.lease().toSeconds(), workerId))
                .subscribe().with(rows -> {
                    lastClaimMillis = System.currentTimeMillis();
                    List<ClaimedJob> jobs = new ArrayList<>();
                    for (Row row : rows) {
                        jobs.add(new ClaimedJob(row.getUUID("id"), row.getUUID("account_id"), row.getString("target"),
                                row.getString("target_id"), row.getUUID("file_id"), row.getInteger("attempts")));
                    }
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
        pool.query(QUEUE).execute()
                .subscribe().with(rows -> {
                    Row row = rows.iterator().next();
                    queueDepth.set(row.getLong("depth"));
                    oldestQueuedMillis.set(row.getLong("oldest_queued_ms"));
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
                .chain(() -> pool.preparedQuery("SELECT format, content FROM resume_file WHERE id = $1")
                        .execute(Tuple.of(job.fileId())))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        // The file (and so its owner) was deleted meanwhile: nothing left to do.
                        return finish(job, null, null, null);
                    }
                    Row row = rows.iterator().next();
                    ResumeFormat format = ResumeFormat.fromDb(row.getString("format"));
                    byte[] content = row.getBuffer("content").getBytes();
                    return parse(content, format).chain(parsed -> finish(job, target, parsed.resume(), parsed.failure()));
                });
    }

    /** What parsing gave: a résumé, or why there is none. */
    private record Parsed(ParsedResume resume, ImportFailure failure) {
        static Parsed failed(ImportFailure.Reason reason, String message) {
            return new Parsed(null, ImportFailure.of(reason, message));
        }
    }

    /** Parses on the bounded parser pool, never on the event loop and outside any transaction. */
    private Uni<Parsed> parse(byte[] content, ResumeFormat format) {
        Duration limit = config.parseTimeout();
        return parsers.executeBlocking(Uni.createFrom().item(() -> {
            Timer.Sample sample = Timer.start(metrics);
            try {
                return new Parsed(ResumeParser.parse(content, format), null);
            } catch (ResumeParseException e) {
                return Parsed.failed(ImportFailure.Reason.UNREADABLE_FILE, e.getMessage());
            } finally {
                sample.stop(parseTimer);
            }
        }), false)
                .ifNoItem().after(limit).failWith(TimeoutException::new)
                .onFailure(TimeoutException.class).recoverWithItem(Parsed.failed(ImportFailure.Reason.TIMEOUT,
                        "reading the resume took longer than " + limit.toSeconds() + " seconds"))
                .onFailure(e -> !(e instanceof TimeoutException)).recoverWithItem(e -> {
                    LOG.errorf(e, "The resume parser failed on a %s file", format);
                    return Parsed.failed(ImportFailure.Reason.PARSER_ERROR,
                            "the resume could not be read (the parser failed on this file)");
                });
    }

    /**
     * Lets the target apply the result, closes the job and wakes waiters everywhere, in one
     * transaction; then counts how the import ended. Without a target (unknown, or its file was
     * deleted) the job just closes.
     */
    private Uni<Void> finish(ClaimedJob job, ImportTarget target, ParsedResume parsed, ImportFailure failure) {
        return pool.withTransaction(tx -> end(tx, job, target, parsed, failure)
                .call(end -> tx.preparedQuery(FINISH).execute(Tuple.of(job.id(),
                        end.outcome() == ImportEnd.Outcome.FAILED ? "failed" : "done",
                        end.failure() == null ? null : end.failure().message(), workerId)))
                .call(() -> notifyDone(tx, job)))
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

    private static Uni<Void> notifyDone(SqlConnection tx, ClaimedJob job) {
        String payload = job.target() + ":" + job.targetId();
        if (!payload.matches("[a-z]+:[0-9a-fA-F-]+")) {
            return Uni.createFrom().voidItem();
        }
        return tx.query("NOTIFY " + ImportQueue.DONE_CHANNEL + ", '" + payload + "'").execute().replaceWithVoid();
    }
}
