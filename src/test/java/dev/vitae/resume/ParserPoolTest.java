package dev.vitae.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.vitae.resume.parser.TextLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;

/** The parser pool's limits: a parse stops itself at its deadline; one that will not is given up, counted and reported. */
class ParserPoolTest {

    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        vertx.closeAndAwait();
    }

    private ParserPool pool(Duration limit, Duration grace, Duration stuckAfter) {
        ParserPool pool = new ParserPool(vertx, limit, grace, stuckAfter, 1, new SimpleMeterRegistry());
        pool.start();
        return pool;
    }

    /** Just under the text limit, on one line of address characters: the worst case for the contact patterns. */
    private static byte[] heavyText() {
        return "ab.cd-".repeat((TextLimits.MAX_CHARS - 10) / 6).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aParsePastItsDeadlineStopsItselfAndFreesItsThread() {
        ParserPool pool = pool(Duration.ofMillis(1), Duration.ofMinutes(5), Duration.ofMinutes(5));
        ParserPool.Parsed parsed = pool.parse(heavyText(), ResumeFormat.TXT).await().atMost(Duration.ofMinutes(1));
        assertEquals(ImportFailure.Reason.TIMEOUT, parsed.failure().reason());
        // Answered by the parser itself (the pool's own timeout is minutes away), so its thread is free again.
        assertEquals(0, pool.stuck());
        ParserPool.Parsed next = pool.run(() -> new ParserPool.Parsed(null, null)).await().atMost(Duration.ofMinutes(1));
        assertEquals(null, next.failure(), "the pool's one thread took the next job");
    }

    @Test
    void textPastTheLimitIsRefusedWithAReason() {
        ParserPool pool = pool(Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMinutes(1));
        byte[] huge = "a".repeat(TextLimits.MAX_CHARS + 1).getBytes(StandardCharsets.US_ASCII);
        ParserPool.Parsed parsed = pool.parse(huge, ResumeFormat.MD).await().atMost(Duration.ofMinutes(1));
        assertEquals(ImportFailure.Reason.TOO_MUCH_TEXT, parsed.failure().reason());
    }

    @Test
    void aParseThatIgnoresItsDeadlineIsGivenUpItsThreadCountedStuckAndLivenessFails() throws InterruptedException {
        ParserPool pool = pool(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(300));
        ParserLiveness liveness = new ParserLiveness(pool);
        CountDownLatch release = new CountDownLatch(1);
        ParserPool.Parsed parsed = pool.run(() -> {
            try {
                release.await(1, TimeUnit.MINUTES); // code that never checks its deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ParserPool.Parsed(null, null);
        }).await().atMost(Duration.ofSeconds(30));
        assertEquals(ImportFailure.Reason.TIMEOUT, parsed.failure().reason());
        assertEquals(1, pool.stuck());
        assertEquals(HealthCheckResponse.Status.UP, liveness.call().getStatus(), "not yet past stuck-after");
        Thread.sleep(400);
        assertTrue(pool.wedged());
        assertEquals(HealthCheckResponse.Status.DOWN, liveness.call().getStatus());

        release.countDown(); // the thread comes back after all
        for (int i = 0; i < 100 && pool.stuck() > 0; i++) {
            Thread.sleep(20);
        }
        assertEquals(0, pool.stuck());
        assertFalse(pool.wedged());
        assertEquals(HealthCheckResponse.Status.UP, liveness.call().getStatus());
    }
}
