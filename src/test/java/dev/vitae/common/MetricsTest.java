package dev.vitae.common;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.newAccount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.Database;
import dev.vitae.support.ResumeFiles;
import io.quarkus.test.junit.QuarkusTest;

/** What {@code /q/metrics} tells an operator, with label values that stay bounded. */
@QuarkusTest
class MetricsTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (\\S+)$");

    @Inject
    Database db;

    @Test
    void requestsRefusedBeforeRoutingDoNotPutIdsIntoLabels() {
        TestAccount account = newAccount();
        String id = UUID.randomUUID().toString();
        account.asKey().put(PROFILES + "/" + id).then().statusCode(405);
        account.asKey().accept("text/csv").delete(PROFILES + "/" + id).then().statusCode(406);
        account.asKey().contentType("text/plain").body("x").patch(PROFILES + "/" + id).then().statusCode(415);
        account.asKey().contentType("application/json").body("{\"name\": \"" + "x".repeat(1_100_000) + "\"}")
                .patch(PROFILES + "/" + id).then().statusCode(413);
        given().get("/nowhere/" + id).then().statusCode(404);
        String metrics = metrics();
        assertTrue(!metrics.contains(id), "no series carries the id:\n" + lines(metrics, id));
        assertTrue(metrics.contains("uri=\"UNKNOWN\""), "refused requests are counted under UNKNOWN");
        assertTrue(metrics.contains("uri=\"NOT_FOUND\""), "unmatched paths are counted under NOT_FOUND");
    }

    @Test
    void importsAreCountedAsTheyEndWithABoundedReason() {
        TestAccount account = newAccount();
        Map<String, String> ready = Map.of("target", "profile", "outcome", "ready", "reason", "none");
        Map<String, String> incomplete = Map.of("target", "profile", "outcome", "failed", "reason", "incomplete_resume");
        Map<String, String> unreadable = Map.of("target", "profile", "outcome", "failed", "reason", "unreadable_file");
        double readyBefore = value("vitae_imports_total", ready);
        double incompleteBefore = value("vitae_imports_total", incomplete);
        double unreadableBefore = value("vitae_imports_total", unreadable);

        awaitImport(account, "noemail.txt", "Grace Hopper\nArlington, VA\nEXPERIENCE\nComputer Scientist, US Navy\n1943 - 1986\n"
                .getBytes(), "import_failed");
        awaitImport(account, "locked.pdf", ResumeFiles.encryptedPdf(), "import_failed");
        awaitImport(account, "cv.txt", "Grace Hopper\ngrace@example.com\nEXPERIENCE\nComputer Scientist, US Navy\n1943 - 1986\n"
                .getBytes(), "ready");

        assertEquals(incompleteBefore + 1, value("vitae_imports_total", incomplete), "no email: failed, incomplete_resume");
        assertEquals(unreadableBefore + 1, value("vitae_imports_total", unreadable), "encrypted: failed, unreadable_file");
        assertEquals(readyBefore + 1, value("vitae_imports_total", ready));
        for (String line : metrics().split("\n")) {
            if (line.startsWith("vitae_imports_total{")) {
                assertTrue(line.matches(".*outcome=\"(ready|failed|abandoned)\".*"), line);
                assertTrue(line.matches(".*reason=\"(none|unreadable_file|timeout|parser_error|too_many_attempts"
                        + "|incomplete_resume|unknown_target)\".*"), line);
            }
        }
    }

    @Test
    void theOldestWaitingJobsAgeIsAGauge() throws Exception {
        TestAccount account = newAccount();
        String id = createProfile(account);
        byte[] resume = "Grace Hopper\ngrace@example.com\nEXPERIENCE\nComputer Scientist, US Navy\n1943 - 1986\n".getBytes();
        try (AutoCloseable held = db.waitingImportJob(account.id(), id, resume, "txt", Duration.ofHours(1))) {
            long deadline = System.currentTimeMillis() + 15_000;
            double age = 0;
            while (age < 3_600 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                age = value("vitae_import_oldest_queued_age_seconds", Map.of());
            }
            assertTrue(age >= 3_600 && age < 3_700, "oldest queued job waited about an hour: " + age);
            assertTrue(value("vitae_import_queue_depth", Map.of()) >= 1);
        }
        // Released, the job imports normally.
        account.asKey().header("Prefer", "wait=30").get(PROFILES + "/" + id).then().statusCode(200)
                .body("status", equalTo("ready"));
    }

    @Test
    void everySeriesSaysWhatItMeasures() {
        given().get(PROFILES).then().statusCode(401);
        List<String> undescribed = new ArrayList<>();
        for (String line : metrics().split("\n")) {
            if (line.startsWith("# HELP ") && line.substring("# HELP ".length()).trim().split("\\s+", 2).length < 2) {
                undescribed.add(line);
            }
        }
        assertEquals(List.of(), undescribed);
    }

    private static void awaitImport(TestAccount account, String name, byte[] bytes, String status) {
        String id = account.asKey().multiPart("file", name, bytes, "application/octet-stream").post(PROFILES + "/import")
                .then().statusCode(202).extract().path("profile_id");
        account.asKey().header("Prefer", "wait=30").get(PROFILES + "/" + id).then().statusCode(200)
                .body("status", equalTo(status));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the series with exactly these labels (0 when it does not exist yet). */
    private static double value(String name, Map<String, String> labels) {
        for (String line : metrics().split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches() && m.group(1).equals(name) && labels(m.group(2)).equals(labels)) {
                return Double.parseDouble(m.group(3));
            }
        }
        return 0;
    }

    private static Map<String, String> labels(String block) {
        Map<String, String> labels = new HashMap<>();
        if (block != null) {
            Matcher m = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(block);
            while (m.find()) {
                labels.put(m.group(1), m.group(2));
            }
        }
        return labels;
    }

    private static String lines(String text, String needle) {
        return String.join("\n", text.lines().filter(l -> l.contains(needle)).toList());
    }
}
