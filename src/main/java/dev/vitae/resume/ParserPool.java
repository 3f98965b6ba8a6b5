package dev.vitae.resume;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.vitae.common.VitaeConfig;
import dev.vitae.resume.parser.ParseDeadline;
import dev.vitae.resume.parser.ResumeParser;
import dev.vitae.resume.parser.TextLimits;
import dev.vitae.resume.parser.WarmUp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;

/**
 * Where résumés are parsed: a bounded pool of worker threads ({@code vitae.import.concurrency}),
 * never the event loop and never inside a database session. Each parse has
 * {@code vitae.import.parse-timeout} from the moment a thread starts it (time waiting for a thread
 * does not count): the parser checks that deadline in its loops ({@link ParseDeadline}) and stops
 * itself, freeing the thread. Should a parse not stop — code that never reaches a check — the
 * import is given up {@link #GRACE} later and the thread counts as <em>stuck</em>: its slot is not
 * handed out again ({@link #stuck()}), readiness shows it and, once it has run past the limit by
 * {@code vitae.import.stuck-after}, liveness fails so that the pod is restarted
 * ({@link ParserLiveness}). Every outcome is a {@link Parsed}: a résumé, or why there is none.
 */
@ApplicationScoped
public class ParserPool {

    private static final Logger LOG = Logger.getLogger(ParserPool.class);
    /** How long past its limit a parse that ignores its deadline is still waited for. */
    static final Duration GRACE = Duration.ofSeconds(5);

    /** What parsing gave: a résumé, or why there is none. */
    record Parsed(ParsedResume resume, ImportFailure failure) {
        static Parsed failed(ImportFailure.Reason reason, String message) {
            return new Parsed(null, ImportFailure.of(reason, message));
        }
    }

    private final Vertx vertx;
    private final Duration limit;
    private final Duration grace;
    private final Duration stuckAfter;
    private final int size;
    private final MeterRegistry metrics;
    private final Timer parseTimer;
    /** The parses running on a thread right now, by task number, with the time each started. */
    private final Map<Long, Long> running = new ConcurrentHashMap<>();
    private final AtomicLong tasks = new AtomicLong();
    private WorkerExecutor executor;

    @Inject
    public ParserPool(Vertx vertx, VitaeConfig config, MeterRegistry metrics) {
        this(vertx, config.imports().parseTimeout(), GRACE, config.imports().stuckAfter(),
                config.imports().concurrency().orElse(Runtime.getRuntime().availableProcessors()), metrics);
    }

    ParserPool(Vertx vertx, Duration limit, Duration grace, Duration stuckAfter, int size, MeterRegistry metrics) {
        this.vertx = vertx;
        this.limit = limit;
        this.grace = grace;
        this.stuckAfter = stuckAfter;
        this.size = size;
        this.metrics = metrics;
        this.parseTimer = Timer.builder("vitae.import.parse").description("Time to parse one résumé file")
                .publishPercentileHistogram().register(metrics);
    }

    /** How many files can be parsed at once. */
    public int size() {
        return size;
    }

    /**
     * Threads busy with a parse past its limit: it ignored its deadline, and is (or soon will be)
     * given up. Their slots are not handed out again until they return.
     */
    public int stuck() {
        return count(limit);
    }

    /** Whether a parse has been running past its limit by {@code vitae.import.stuck-after}: the pod needs a restart. */
    public boolean wedged() {
        return count(limit.plus(stuckAfter)) > 0;
    }

    private int count(Duration longerThan) {
        long now = System.nanoTime();
        return (int) running.values().stream().filter(started -> now - started > longerThan.toNanos()).count();
    }

    void start() {
        executor = vertx.createSharedWorkerExecutor("vitae-resume-parser", size);
    }

    /** Parses a small sample in every format once, so that the first real import runs warm ({@link WarmUp}). */
    Uni<Void> warmUp() {
        return executor.executeBlocking(Uni.createFrom().item(() -> {
            long started = System.nanoTime();
            try {
                WarmUp.run();
            } catch (Exception e) {
                LOG.warnf("Parser warm-up failed (%s); imports run cold", e.getMessage());
            }
            LOG.debugf("Parsers warmed up in %d ms", (System.nanoTime() - started) / 1_000_000);
            return null;
        }), false).replaceWithVoid();
    }

    void stop() {
        if (executor != null) {
            executor.closeAndForget();
        }
    }

    Uni<Parsed> parse(byte[] content, ResumeFormat format) {
        return run(() -> {
            Timer.Sample sample = Timer.start(metrics);
            try {
                return new Parsed(ParseDeadline.within(limit, () -> ResumeParser.parse(content, format)), null);
            } catch (ParseDeadline.Exceeded e) {
                return timedOut();
            } catch (TextLimits.TooMuchText e) {
                return Parsed.failed(ImportFailure.Reason.TOO_MUCH_TEXT, e.getMessage());
            } catch (ResumeParseException e) {
                return Parsed.failed(ImportFailure.Reason.UNREADABLE_FILE, e.getMessage());
            } catch (Exception e) {
                LOG.errorf(e, "The resume parser failed on a %s file", format);
                return Parsed.failed(ImportFailure.Reason.PARSER_ERROR, "the resume could not be read (the parser failed on this file)");
            } finally {
                sample.stop(parseTimer);
            }
        });
    }

    /** Runs {@code work} on a parser thread, tracked while it runs, given up a grace period past the limit. */
    Uni<Parsed> run(Supplier<Parsed> work) {
        return executor.executeBlocking(Uni.createFrom().item(() -> {
            long task = tasks.incrementAndGet();
            running.put(task, System.nanoTime());
            try {
                return work.get();
            } finally {
                running.remove(task);
            }
        }), false)
                .ifNoItem().after(limit.plus(grace)).failWith(TimeoutException::new)
                .onFailure(TimeoutException.class).recoverWithItem(this::timedOut);
    }

    private Parsed timedOut() {
        return Parsed.failed(ImportFailure.Reason.TIMEOUT, "reading the resume took longer than " + limit.toSeconds() + " seconds");
    }
}
