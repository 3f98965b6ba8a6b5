package dev.vitae.resume;

import static dev.vitae.resume.ProfileImportTest.awaitImport;
import static dev.vitae.resume.ProfileImportTest.importFile;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.getProfile;
import static dev.vitae.support.Api.newAccount;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.Database;
import dev.vitae.support.ResumeFixtures;
import dev.vitae.support.ResumeFixtures.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** The import engine under hostile files and dead workers: bounded parsing, fair claims, takeover, attempts. */
@QuarkusTest
class ImportReliabilityTest {

    @Inject
    Database db;

    @Inject
    ImportQueue queue;

    @Inject
    ParserPool parsers;

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    @Inject
    DatabaseSessions sessions;

    /** One line of a megabyte that an address pattern with backtracking would take minutes over. */
    static byte[] megabyteLine() {
        return "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void twoHugeUploadsFromOneAccountDoNotHoldUpAnotherAccountsImport() {
        TestAccount flooder = newAccount();
        TestAccount other = newAccount();
        String first = importFile(flooder, "huge-1.md", megabyteLine());
        String second = importFile(flooder, "huge-2.md", megabyteLine());
        Fixture small = ResumeFixtures.file("callum-fairweather-txt-ascii.txt");
        String id = importFile(other, small.name(), small.bytes());

        awaitImport(other, id).body("status", equalTo("ready"))
                .body("contact.email", equalTo(small.label().contact().email()));
        long millis = db.importJobMillis(id);
        assertTrue(millis <= 2_000, "the small import took " + millis + " ms from upload to its end");
        for (String huge : List.of(first, second)) {
            awaitImport(flooder, huge).body("status", equalTo("import_failed"))
                    .body("import_error", containsString("more than 200,000 characters of text"));
        }
        assertEquals(0, parsers.stuck(), "a parser thread is still busy with a job it gave up");
    }

    @Test
    void aJobIsTakenOverAsSoonAsItsWorkersSessionEnds() throws InterruptedException {
        TestAccount account = newAccount();
        String id = createProfile(account);
        Fixture resume = ResumeFixtures.file("callum-fairweather-txt-ascii.txt");
        int key = 1_000_000 + (int) (Math.random() * 1_000_000);
        // The worker's own session, outside any pool, holding its lock as WorkerSession does.
        PgConnection session = PgConnection.connect(vertx, sessions.options()).await().indefinitely();
        session.preparedQuery("SELECT pg_advisory_lock($1, $2)").execute(Tuple.of(WorkerSession.LOCK_CLASS, key))
                .await().indefinitely();
        UUID job = db.jobOfWorker(account.id(), id, resume.bytes(), "txt", key);
        try {
            // Its worker is alive (its session holds the lock) and its lease runs for an hour: nobody takes it.
            Thread.sleep(3_000); // three poll intervals of the test profile
            assertEquals("running", db.importJobState(job));
            getProfile(account, id).statusCode(200).body("status", equalTo("importing"));
        } finally {
            session.close().await().indefinitely(); // the worker's process dies: its session ends
        }
        awaitImport(account, id).body("status", equalTo("ready"))
                .body("contact.email", equalTo(resume.label().contact().email()));
        assertEquals("done", db.importJobState(job));
    }

    @Test
    void aJobInterruptedBeforeItsParseIsRetriedWithoutPenalty() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        Fixture resume = ResumeFixtures.file("callum-fairweather-txt-ascii.txt");
        // Its worker died twice while parsing it, then once more before parsing (a claim alone counts nothing).
        UUID job = db.strandImportJob(account.id(), id, resume.bytes(), "txt", 2);
        awaitImport(account, id).body("status", equalTo("ready"));
        assertEquals("done", db.importJobState(job));
        assertEquals(3, db.importJobAttempts(job), "one more parse begun, no attempt for the claim");
    }

    @Test
    void claimsGoRoundTheAccounts() {
        TestAccount busy = newAccount();
        TestAccount quiet = newAccount();
        // Dated long ago so that these are the oldest jobs waiting; never committed, so no worker sees them.
        List<Set<String>> claimed = pool.withConnection(tx -> tx.begin().chain(transaction -> queued(tx, busy, "2000-01-01T00:00:00Z", "busy-1")
                .chain(() -> queued(tx, busy, "2000-01-01T00:01:00Z", "busy-2"))
                .chain(() -> queued(tx, busy, "2000-01-01T00:02:00Z", "busy-3"))
                .chain(() -> queued(tx, quiet, "2000-01-01T00:03:00Z", "quiet-1"))
                .chain(() -> claimedTargets(tx, 2))
                .chain(firstTwo -> tx.query("UPDATE import_job SET state = 'queued', worker = NULL WHERE target_id IN ('busy-1', 'quiet-1')")
                        .execute()
                        // busy already has a job running (held by a worker within its lease): quiet goes first.
                        .chain(() -> tx.query("""
                                UPDATE import_job SET state = 'running', lease_until = now() + interval '1 hour', worker = 'w',
                                       worker_lock = NULL WHERE target_id = 'busy-1'""").execute())
                        .chain(() -> claimedTargets(tx, 1))
                        .map(next -> List.of(firstTwo, next)))
                .eventually(transaction::rollback)))
                .await().indefinitely();
        assertEquals(Set.of("busy-1", "quiet-1"), claimed.get(0), "one job of each account, not the busy one's two oldest");
        assertEquals(Set.of("quiet-1"), claimed.get(1));
    }

    private Uni<Void> queued(SqlConnection tx, TestAccount account, String createdAt, String targetId) {
        UUID file = UUID.randomUUID();
        return tx.preparedQuery("""
                INSERT INTO resume_file (id, account_id, file_name, content_type, format, size_bytes, sha256, content, uploaded_at)
                VALUES ($1, $2, 'cv.txt', 'text/plain', 'txt', 1, 'x', '\\x61', now())""")
                .execute(Tuple.of(file, UUID.fromString(account.id())))
                .chain(() -> tx.preparedQuery("""
                        INSERT INTO import_job (id, account_id, target, target_id, file_id, state, created_at)
                        VALUES (gen_random_uuid(), $1, 'profile', $2, $3, 'queued', $4)""")
                        .execute(Tuple.of(UUID.fromString(account.id()), targetId, file, OffsetDateTime.parse(createdAt))))
                .replaceWithVoid();
    }

    private Uni<Set<String>> claimedTargets(SqlConnection tx, int free) {
        return queue.claim(tx, free, Duration.ofMinutes(1), "fairness-test", 1)
                .map(jobs -> jobs.stream().map(ClaimedJob::targetId).collect(Collectors.toSet()));
    }
}
