package dev.vitae.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The database goes away under a running service and comes back: readiness goes down and up by
 * itself, liveness stays up (no restart storm), and API calls answer a clean 503 meanwhile.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = DatabaseOutageResource.class, restrictToAnnotatedClass = true)
class DatabaseOutageIT {

    @Test
    void readinessFollowsTheDatabaseAndTheServiceRecoversWithoutARestart() throws Exception {
        String key = given().header("X-Admin-Token", EmbeddedPostgresResource.ADMIN_TOKEN)
                .contentType(ContentType.JSON).body(Map.of("name", "Outage"))
                .post("/admin/accounts").then().statusCode(201).extract().path("api_key");
        awaitReady(status -> status == 200);

        DatabaseOutageResource.proxy.stop();
        awaitReady(status -> status == 503);
        given().get("/q/health/live").then().statusCode(200);
        given().header("X-Api-Key", key).get("/api/auto-apply/profiles").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("code", equalTo("service_unavailable"));
        given().header("Authorization", "Bearer " + key).get("/api/v1/candidates").then()
                .statusCode(503)
                .body("error.code", equalTo("service_unavailable"));

        DatabaseOutageResource.proxy.start();
        awaitReady(status -> status == 200);
        given().header("X-Api-Key", key).get("/api/auto-apply/profiles").then().statusCode(200);
    }

    private static void awaitReady(IntPredicate expected) throws InterruptedException {
        int status = -1;
        for (int i = 0; i < 120; i++) {
            status = given().get("/q/health/ready").then().extract().statusCode();
            if (expected.test(status)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("readiness stayed at " + status);
    }
}
