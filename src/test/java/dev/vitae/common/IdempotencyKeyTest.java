package dev.vitae.common;

import static dev.vitae.support.Api.ADMIN_TOKEN;
import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.minimalProfile;
import static dev.vitae.support.Api.newAccount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.Database;
import dev.vitae.support.ResumeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Idempotency-Key [ours] on the creates: replay, 422 for another request, 409 while in flight, one create under a race. */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String KEY = IdempotentRequests.HEADER;

    @Inject
    Database db;

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void theSameCreateWithTheSameKeyIsAnsweredAgainNotDoneAgain() {
        TestAccount account = newAccount();
        String key = key();
        ExtractableResponse<Response> first = account.json().header(KEY, key).body(minimalProfile()).post(PROFILES)
                .then().statusCode(201).header(IdempotentRequests.REPLAYED, nullValue()).extract();
        ExtractableResponse<Response> again = account.json().header(KEY, key).body(minimalProfile()).post(PROFILES)
                .then().statusCode(201).header(IdempotentRequests.REPLAYED, "true").extract();
        assertEquals(first.body().asString(), again.body().asString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(1, account.asKey().get(PROFILES).then().statusCode(200).extract().jsonPath().getList("$").size());
    }

    @Test
    void theSameKeyForAnotherRequestIs422InEachApisErrorBody() {
        TestAccount account = newAccount();
        String key = key();
        account.json().header(KEY, key).body(minimalProfile()).post(PROFILES).then().statusCode(201);
        account.json().header(KEY, key).body(minimalProfile().replace("Ada", "Grace")).post(PROFILES).then()
                .statusCode(422).contentType("application/problem+json").body("code", equalTo("idempotency_key_reused"));

        String jobKey = key();
        account.json().header(KEY, jobKey).body(Map.of("title", "Welder")).post("/api/v1/jobs").then().statusCode(201);
        account.json().header(KEY, jobKey).body(Map.of("title", "Baker")).post("/api/v1/jobs").then()
                .statusCode(422).body("error.code", equalTo("idempotency_key_reused"));
        // Keys are per account, not per endpoint: a job's key is not a profile's.
        account.json().header(KEY, jobKey).body(minimalProfile()).post(PROFILES).then().statusCode(422);
    }

    @Test
    void keysBelongToTheirAccount() {
        TestAccount one = newAccount();
        TestAccount other = newAccount();
        String key = key();
        String first = one.json().header(KEY, key).body(Map.of("title", "Welder")).post("/api/v1/jobs").then().statusCode(201)
                .header(IdempotentRequests.REPLAYED, nullValue()).extract().path("data.id").toString();
        String second = other.json().header(KEY, key).body(Map.of("title", "Welder")).post("/api/v1/jobs").then().statusCode(201)
                .header(IdempotentRequests.REPLAYED, nullValue()).extract().path("data.id").toString();
        assertTrue(!first.equals(second), "another account's key is another key");
    }

    @Test
    void identicalCreatesAtOnceMakeOneJob() throws Exception {
        TestAccount account = newAccount();
        String key = key();
        String title = "Racer " + UUID.randomUUID();
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Callable<ExtractableResponse<Response>> post = () -> {
                start.await();
                return account.json().header(KEY, key).body(Map.of("title", title)).post("/api/v1/jobs").then().extract();
            };
            answers.add(pool.submit(post));
        }
        start.countDown();
        List<String> created = new ArrayList<>();
        for (Future<ExtractableResponse<Response>> answer : answers) {
            ExtractableResponse<Response> response = answer.get();
            assertTrue(response.statusCode() == 201 || response.statusCode() == 409, "status " + response.statusCode());
            if (response.statusCode() == 201) {
                created.add(response.path("data.id").toString());
            } else {
                assertEquals("idempotency_key_in_use", response.path("error.code"));
            }
        }
        pool.shutdown();
        assertTrue(!created.isEmpty());
        assertEquals(1, created.stream().distinct().count(), "every 201 names the one job: " + created);
        assertEquals(1, db.count("SELECT count(*) FROM job WHERE title = '" + title + "'"));
        // Once it has finished, the same request is answered from what was stored.
        account.json().header(KEY, key).body(Map.of("title", title)).post("/api/v1/jobs").then().statusCode(201)
                .header(IdempotentRequests.REPLAYED, "true").body("data.id", equalTo(Integer.parseInt(created.get(0))));
    }

    @Test
    void anImportUploadedTwiceWithItsKeyStartsOneImport() {
        TestAccount account = newAccount();
        String key = key();
        byte[] file = ResumeFixtures.file("callum-fairweather-txt-ascii.txt").bytes();
        String first = account.asKey().header(KEY, key).multiPart("file", "cv.txt", file, "text/plain").post(PROFILES + "/import")
                .then().statusCode(202).extract().path("profile_id");
        // A client retrying with a new multipart boundary: the same file, the same request.
        account.asKey().header(KEY, key).multiPart("file", "cv.txt", file, "text/plain").post(PROFILES + "/import")
                .then().statusCode(202).header(IdempotentRequests.REPLAYED, "true").body("profile_id", equalTo(first));
        account.asKey().header(KEY, key).multiPart("file", "cv.txt", "other text".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(PROFILES + "/import").then().statusCode(422).body("code", equalTo("idempotency_key_reused"));
        assertEquals(1, account.asKey().get(PROFILES).then().statusCode(200).extract().jsonPath().getList("$").size());
    }

    @Test
    void aCandidateCreatedAsJsonIsTheSameRequestAsTheSameFieldsInAForm() {
        TestAccount account = newAccount();
        int job = account.json().body(Map.of("title", "Welder")).post("/api/v1/jobs").then().statusCode(201).extract().path("data.id");
        String key = key();
        int id = account.json().header(KEY, key).body(Map.of("job_id", job, "name", "Ada Lovelace")).post("/api/v1/candidates")
                .then().statusCode(201).extract().path("data.id");
        account.asKey().header(KEY, key).multiPart("job_id", String.valueOf(job)).multiPart("name", "Ada Lovelace")
                .post("/api/v1/candidates").then().statusCode(201).header(IdempotentRequests.REPLAYED, "true")
                .body("data.id", equalTo(id));
    }

    @Test
    void aFailedRequestFreesItsKey() {
        TestAccount account = newAccount();
        String key = key();
        account.json().header(KEY, key).body(Map.of("job_id", 999_999_999, "name", "Ada")).post("/api/v1/candidates")
                .then().statusCode(404);
        int job = account.json().body(Map.of("title", "Welder")).post("/api/v1/jobs").then().statusCode(201).extract().path("data.id");
        // Not 422: the failed request stored nothing, so the key serves the corrected request.
        account.json().header(KEY, key).body(Map.of("job_id", job, "name", "Ada")).post("/api/v1/candidates")
                .then().statusCode(201).header(IdempotentRequests.REPLAYED, nullValue());
    }

    @Test
    void anAnswerIsKeptForADayThenTheKeyIsFreeAgain() {
        TestAccount account = newAccount();
        String key = key();
        account.json().header(KEY, key).body(Map.of("title", "Welder")).post("/api/v1/jobs").then().statusCode(201);
        db.count("WITH moved AS (UPDATE idempotent_request SET created_at = now() - interval '25 hours' WHERE key = '"
                + key + "' RETURNING 1) SELECT count(*) FROM moved");
        account.json().header(KEY, key).body(Map.of("title", "Baker")).post("/api/v1/jobs").then().statusCode(201)
                .header(IdempotentRequests.REPLAYED, nullValue()).body("data.title", equalTo("Baker"));
    }

    @Test
    void anAccountCreatedWithAKeyIsAnsweredAgainWithItsSecret() {
        String key = key();
        String name = "Idempotent " + UUID.randomUUID();
        ExtractableResponse<Response> first = given().header("X-Admin-Token", ADMIN_TOKEN).header(KEY, key).contentType(ContentType.JSON)
                .body(Map.of("name", name)).post("/admin/accounts").then().statusCode(201).extract();
        given().header("X-Admin-Token", ADMIN_TOKEN).header(KEY, key).contentType(ContentType.JSON)
                .body(Map.of("name", name)).post("/admin/accounts").then().statusCode(201)
                .header(IdempotentRequests.REPLAYED, "true")
                .body("account.id", equalTo(first.path("account.id")))
                .body("api_key", equalTo(first.path("api_key")));
        assertEquals(1, db.count("SELECT count(*) FROM account WHERE name = '" + name + "'"));
    }

    @Test
    void aKeyMustBeVisibleAsciiOfAtMost255Characters() {
        TestAccount account = newAccount();
        account.json().header(KEY, "x".repeat(256)).body(Map.of("title", "Welder")).post("/api/v1/jobs").then()
                .statusCode(400).body("error.code", equalTo("validation_error"));
        account.json().header(KEY, "two words").body(minimalProfile()).post(PROFILES).then()
                .statusCode(400).body("errors[0].field", equalTo(KEY));
    }
}
