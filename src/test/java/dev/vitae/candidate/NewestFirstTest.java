package dev.vitae.candidate;

import static dev.vitae.candidate.CandidatesApiTest.CANDIDATES;
import static dev.vitae.candidate.CandidatesApiTest.JOBS;
import static dev.vitae.candidate.CandidatesApiTest.candidate;
import static dev.vitae.candidate.CandidatesApiTest.createJob;
import static dev.vitae.support.Api.newAccount;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Lists of the candidates API are newest first by creation time across every page, also when
 * creation times are not in id order (concurrent creates) and when several rows share one time.
 */
@QuarkusTest
class NewestFirstTest {

    private static final Instant BASE = Instant.parse("2026-06-01T12:00:00Z");

    @Inject
    Database db;

    @Test
    void candidatesAreNewestFirstAcrossPagesWhenCreationTimesAreNotInIdOrder() {
        TestAccount account = newAccount();
        int job = createJob(account, "Analyst", "SQL");
        long a = candidate(account, job, "A", null);
        long b = candidate(account, job, "B", null);
        long c = candidate(account, job, "C", null);
        long d = candidate(account, job, "D", null);
        // A committed last although its id is the smallest; B and D share one instant.
        db.setCreatedAt("candidate", a, BASE.plusSeconds(30));
        db.setCreatedAt("candidate", b, BASE.plusSeconds(10));
        db.setCreatedAt("candidate", c, BASE);
        db.setCreatedAt("candidate", d, BASE.plusSeconds(10));

        List<Long> expected = List.of(a, d, b, c);
        for (int limit = 1; limit <= 4; limit++) {
            assertEquals(expected, walk(account, CANDIDATES + "?job_id=" + job, limit), "limit " + limit);
            assertEquals(expected, walk(account, CANDIDATES, limit), "unfiltered, limit " + limit);
        }
        // created_before / created_after still filter on the same times.
        assertEquals(List.of(d, b, c), walk(account, CANDIDATES + "?created_before=2026-06-01T12:00:20Z", 2));
    }

    @Test
    void jobsAreNewestFirstAcrossPages() {
        TestAccount account = newAccount();
        long first = createJob(account, "First", "x");
        long second = createJob(account, "Second", "x");
        long third = createJob(account, "Third", "x");
        db.setCreatedAt("job", first, BASE.plus(5, ChronoUnit.MICROS));
        db.setCreatedAt("job", second, BASE);
        db.setCreatedAt("job", third, BASE.plus(1, ChronoUnit.MICROS));
        for (int limit = 1; limit <= 3; limit++) {
            assertEquals(List.of(first, third, second), walk(account, JOBS, limit), "limit " + limit);
        }
    }

    @Test
    void activitiesAreNewestFirstAcrossPages() {
        TestAccount account = newAccount();
        int job = createJob(account, "Analyst", "SQL");
        int id = account.json().body(Map.of("job_id", job, "name", "Noted", "notes", "first note")).post(CANDIDATES)
                .then().statusCode(201).extract().path("data.id");
        account.json().body(Map.of("notes", "second note")).patch(CANDIDATES + "/" + id).then().statusCode(200);
        account.json().body(Map.of("stage", "applied")).patch(CANDIDATES + "/" + id).then().statusCode(200);
        List<Long> ids = walk(account, CANDIDATES + "/" + id + "/activities", 10);
        assertEquals(4, ids.size(), "candidate_created, two notes, a stage change: " + ids);
        // The oldest row by id becomes the newest by time.
        long oldest = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
        db.setCreatedAt("activity", oldest, Instant.now().plusSeconds(60));
        for (int limit = 1; limit <= 4; limit++) {
            List<Long> walked = walk(account, CANDIDATES + "/" + id + "/activities", limit);
            assertEquals(oldest, walked.get(0), "limit " + limit);
            assertEquals(ids.stream().filter(i -> i != oldest).toList(), walked.subList(1, walked.size()), "limit " + limit);
        }
        account.asKey().get(CANDIDATES + "/" + id + "/activities?limit=1").then()
                .body("data[0].id", equalTo((int) oldest));
    }

    /** Every id of a list, page by page, following next_cursor. */
    private static List<Long> walk(TestAccount account, String path, int limit) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 50; page++) {
            String url = path + (path.contains("?") ? "&" : "?") + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor);
            JsonPath body = account.asKey().get(url).then().statusCode(200).extract().jsonPath();
            List<Number> pageIds = body.getList("data.id", Number.class);
            pageIds.forEach(n -> ids.add(n.longValue()));
            if (!body.getBoolean("pagination.has_more")) {
                return ids;
            }
            cursor = body.getString("pagination.next_cursor");
        }
        throw new AssertionError("more than 50 pages at " + path);
    }
}
