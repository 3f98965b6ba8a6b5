package dev.vitae.profile;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.getProfile;
import static dev.vitae.support.Api.newAccount;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import io.quarkus.test.junit.QuarkusTest;

/** Concurrent writers to one profile never lose an update silently. */
@QuarkusTest
class ConcurrentPatchTest {

    @Test
    void concurrentPatchesOfDifferentSectionsAllSurvive() throws Exception {
        TestAccount account = newAccount();
        String id = createProfile(account);
        List<String> bodies = List.of(
                "{\"name\": \"Concurrent\"}",
                "{\"location\": {\"city\": \"Lisbon\"}}",
                "{\"links\": {\"github\": \"https://github.com/ada\"}}",
                "{\"memories\": [\"Key skills: Go, Kubernetes\"]}",
                "{\"eligibility\": {\"requires_sponsorship\": true}}",
                "{\"preferences\": {\"remote_preference\": \"remote\"}}",
                "{\"self_identification\": {\"gender\": \"female\"}}",
                "{\"education\": [{\"school\": \"UCL\"}]}",
                "{\"work_experience\": [{\"company\": \"Acme\"}]}",
                "{\"cover_letter_template\": \"Hello\"}");
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String body : bodies) {
                results.add(pool.submit(() -> account.json().body(body).patch(PROFILES + "/" + id).statusCode()));
            }
            for (Future<Integer> result : results) {
                assertEquals(200, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        getProfile(account, id)
                .header("ETag", "\"" + bodies.size() + "\"")
                .body("name", equalTo("Concurrent"))
                .body("location.city", equalTo("Lisbon"))
                .body("links.github", equalTo("https://github.com/ada"))
                .body("memories[0]", equalTo("Key skills: Go, Kubernetes"))
                .body("eligibility.requires_sponsorship", equalTo(true))
                .body("preferences.remote_preference", equalTo("remote"))
                .body("self_identification.gender", equalTo("female"))
                .body("education[0].school", equalTo("UCL"))
                .body("work_experience[0].company", equalTo("Acme"))
                .body("cover_letter_template", equalTo("Hello"));
    }

    @Test
    void concurrentConditionalPatchesWithOneETagLetExactlyOneWin() throws Exception {
        TestAccount account = newAccount();
        String id = createProfile(account);
        String etag = getProfile(account, id).extract().header("ETag");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String body = "{\"name\": \"writer " + i + "\"}";
                results.add(pool.submit(() -> account.json().header("If-Match", etag).body(body)
                        .patch(PROFILES + "/" + id).statusCode()));
            }
            int ok = 0;
            int stale = 0;
            for (Future<Integer> result : results) {
                int status = result.get();
                ok += status == 200 ? 1 : 0;
                stale += status == 412 ? 1 : 0;
            }
            assertEquals(1, ok);
            assertEquals(writers - 1, stale);
        } finally {
            pool.shutdownNow();
        }
    }
}
