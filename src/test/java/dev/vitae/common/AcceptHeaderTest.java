package dev.vitae.common;

import static dev.vitae.support.Api.ADMIN_TOKEN;
import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.minimalProfile;
import static dev.vitae.support.Api.newAccount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Any {@code Accept} that admits JSON or problem details is served: what generated clients send
 * ({@code application/problem+json}, listed in the OpenAPI document for every error), a plain
 * {@code application/json}, wildcards, or none. Success bodies are JSON; errors keep their API's body.
 */
@QuarkusTest
class AcceptHeaderTest {

    @TestHTTPResource("/")
    URL base;

    /** Accept values a client may send; null leaves rest-assured's own default. */
    static final List<String> ADMITTED = Arrays.asList(null, "application/problem+json", "application/json",
            "*/*", "application/*", "application/problem+json, application/json;q=0.5",
            "application/problem+json;q=0.9", "text/html,application/xhtml+xml,*/*;q=0.8");

    @Test
    void everyProfileOperationIsServedWhateverAcceptAdmitsJson() {
        TestAccount account = newAccount();
        for (String accept : ADMITTED) {
            String id = withAccept(account.json(), accept).body(minimalProfile()).post(PROFILES).then()
                    .statusCode(201).contentType(ContentType.JSON).extract().path("id");
            withAccept(account.asKey(), accept).get(PROFILES + "/" + id).then().statusCode(200).contentType(ContentType.JSON);
            withAccept(account.asKey(), accept).get(PROFILES).then().statusCode(200).contentType(ContentType.JSON);
            withAccept(account.json(), accept).body("{\"name\": \"renamed\"}").patch(PROFILES + "/" + id).then()
                    .statusCode(200).body("name", equalTo("renamed"));
            withAccept(account.asKey(), accept).delete(PROFILES + "/" + id).then().statusCode(204);
            withAccept(account.asKey(), accept).get(PROFILES + "/" + id).then()
                    .statusCode(404).contentType("application/problem+json").body("code", equalTo("not_found"));
        }
    }

    @Test
    void withoutAKeyTheAnswerIs401NotNotAcceptable() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        for (String accept : ADMITTED) {
            withAccept(given(), accept).delete(PROFILES + "/" + id).then()
                    .statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthorized"));
            withAccept(given(), accept).get("/api/v1/candidates").then()
                    .statusCode(401).contentType(ContentType.JSON).body("error.code", equalTo("unauthorized"));
        }
        account.asKey().get(PROFILES + "/" + id).then().statusCode(200);
    }

    @Test
    void candidatesAndAdminOperationsAreServedToProblemJsonClients() {
        TestAccount account = newAccount();
        String accept = "application/problem+json";
        int job = withAccept(account.json(), accept).body(Map.of("title", "Engineer")).post("/api/v1/jobs").then()
                .statusCode(201).extract().path("data.id");
        int id = withAccept(account.json(), accept).body(Map.of("job_id", job, "name", "Ada")).post("/api/v1/candidates")
                .then().statusCode(201).contentType(ContentType.JSON).extract().path("data.id");
        withAccept(account.json(), accept).body(Map.of("stage", "applied")).patch("/api/v1/candidates/" + id).then()
                .statusCode(200);
        withAccept(account.asKey(), accept).get("/api/v1/candidates/" + id + "/activities").then().statusCode(200);
        withAccept(account.asKey(), accept).delete("/api/v1/candidates/" + id).then().statusCode(204);
        withAccept(account.asKey(), accept).get("/api/v1/candidates/" + id).then()
                .statusCode(404).body("error.code", equalTo("not_found"));
        withAccept(given().header("X-Admin-Token", ADMIN_TOKEN), accept)
                .delete("/admin/keys/" + account.keyId()).then().statusCode(204);
    }

    @Test
    void aRequestWithoutAcceptIsServed() throws Exception {
        TestAccount account = newAccount();
        String id = createProfile(account);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest delete = HttpRequest.newBuilder(base.toURI().resolve(PROFILES.substring(1) + "/" + id))
                .header("X-Api-Key", account.key()).DELETE().build();
        HttpResponse<String> response = client.send(delete, HttpResponse.BodyHandlers.ofString());
        assertEquals(204, response.statusCode());
        assertEquals(Optional.empty(), delete.headers().firstValue("Accept"));
    }

    @Test
    void anAcceptThatAdmitsNoJsonIs406WithTheApisBody() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        account.asKey().accept("text/csv").get(PROFILES + "/" + id).then()
                .statusCode(406).contentType("application/problem+json").body("code", equalTo("not_acceptable"));
        account.asKey().accept("text/csv").get(PROFILES + "/" + id).then().header("Content-Type", startsWith("application/problem+json"));
    }

    @Test
    void problemJsonIsWidenedToJsonAtTheSameQuality() {
        assertEquals("application/problem+json, application/json", AcceptNegotiation.widen("application/problem+json"));
        assertEquals("application/problem+json;q=0.4, application/json;q=0.4",
                AcceptNegotiation.widen("application/problem+json;q=0.4"));
        assertEquals("text/html", AcceptNegotiation.widen("text/html"));
        assertEquals("application/json, application/problem+json", AcceptNegotiation.widen("application/json, application/problem+json"));
    }

    private static RequestSpecification withAccept(
            RequestSpecification request, String accept) {
        return accept == null ? request : request.accept(accept);
    }
}
