package dev.vitae.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With no admin token configured, the operator endpoints do not exist. */
@QuarkusTest
@TestProfile(AdminDisabledTest.NoAdminToken.class)
class AdminDisabledTest {

    public static class NoAdminToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vitae.admin.token", "");
        }
    }

    @Test
    void adminEndpointsAnswer404EvenWithAToken() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/admin/accounts").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("not_found"));
        given().header("X-Admin-Token", "").delete("/admin/keys/7c7e0a52-0000-4000-8000-000000000000").then()
                .statusCode(404);
        given().header("X-Admin-Token", "test-admin-token").contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/admin/accounts").then().statusCode(404);
    }
}
