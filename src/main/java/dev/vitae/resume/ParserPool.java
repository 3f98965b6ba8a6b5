package dev.vitae.resume;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.vitae.common.VitaeConfig;
import dev.vitae.resume.parser.ResumeParser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;

/**
 * Where résumés are parsed: a bounded pool of worker threads ({@code vitae.import.concurrency}),
 * never the event loop and never inside a database session, each parse under the time limit
 * ({@code vitae.import.parse-timeout}). Every outcome is a {@link Parsed}: a résumé, or why there is none.
 */
@ApplicationScoped
public class ParserPool {

    private static final Logger LOG = Logger.getLogger(ParserPool.class);

    /** What parsing gave: a résumé, or why there is none. */
    record Parsed(ParsedResume resume, ImportFailure failure) {
        static Parsed failed(ImportFailure.Reason reason, String message) {
            return new Parsed(null, ImportFailure.of(reason, message));
        }
    }

    private final Vertx vertx;
    private final Duration limit;
    private final int size;
    private final MeterRegistry metrics;
    private final Timer parseTimer;
    private WorkerExecutor executor;

    public ParserPool(Vertx vertx, VitaeConfig config, MeterRegistry metrics) {
        this.vertx = vertx;
        this.limit = config.imports().parseTimeout();
        this.size = config.imports().concurrency().orElse(Runtime.getRuntime().availableProcessors());
        this.metrics = metrics;
        this.parseTimer = Timer.builder("vitae.import.parse").description("Time to parse one résumé file")
                .publishPercentileHistogram().register(metrics);
    }

    /** How many files can be parsed at once. */
    public int size() {
        return size;
    }

    void start() {
        executor = vertx.createSharedWorkerExecutor("vitae-resume-parser", size);
    }

    Uni<Parsed> parse(byte[] content, ResumeFormat format) {
        return executor.executeBlocking(Uni.createFrom().item(() -> {
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
}
