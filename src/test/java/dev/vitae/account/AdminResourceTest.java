package dev.vitae.account;

import static dev.vitae.support.Api.ADMIN_TOKEN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AdminResourceTest {

    private static RequestSpecification admin() {
        return given().header("X-Admin-Token", ADMIN_TOKEN).contentType(ContentType.JSON);
    }

    @Test
    void createAccountReturnsItAndAKeyShownOnce() {
        admin().body(Map.of("name", "  Acme  ")).post("/admin/accounts").then()
                .statusCode(201)
                .body("account.id", notNullValue())
                .body("account.name", equalTo("Acme"))
                .body("account.created_at", notNullValue())
                .body("api_key", startsWith("vk_"))
                .body("api_key_id", notNullValue())
                .body("api_key_prefix", startsWith("vk_"));
    }

    @Test
    void accountNameIsRequiredAndLimited() {
        admin().body(Map.of("name", " ")).post("/admin/accounts").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        admin().body("{}").post("/admin/accounts").then().statusCode(400);
        admin().body(Map.of("name", "a".repeat(200))).post("/admin/accounts").then().statusCode(201);
        admin().body(Map.of("name", "a".repeat(201))).post("/admin/accounts").then().statusCode(400);
    }

    @Test
    void furtherKeysAreListedWithoutSecrets() {
        String accountId = admin().body(Map.of("name", "Keys")).post("/admin/accounts").then().extract().path("account.id");
        admin().post("/admin/accounts/" + accountId + "/keys").then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("prefix", startsWith("vk_"))
                .body("api_key", startsWith("vk_"));
        admin().get("/admin/accounts/" + accountId + "/keys").then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].api_key", nullValue())
                .body("[0].key_hash", nullValue())
                .body("[0].revoked_at", nullValue());
    }

    @Test
    void unknownAccountOrKeyIs404() {
        admin().post("/admin/accounts/7c7e0a52-0000-4000-8000-000000000000/keys").then()
                .statusCode(404).contentType("application/problem+json");
        admin().delete("/admin/keys/7c7e0a52-0000-4000-8000-000000000000").then().statusCode(404);
    }

    @Test
    void revokingTwiceIsHarmless() {
        String keyId = admin().body(Map.of("name", "Twice")).post("/admin/accounts").then().extract().path("api_key_id");
        admin().delete("/admin/keys/" + keyId).then().statusCode(204);
        admin().delete("/admin/keys/" + keyId).then().statusCode(204);
    }

    @Test
    void wrongOrMissingAdminTokenIs401() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/admin/accounts").then()
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthorized"));
        given().header("X-Admin-Token", "nope").contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/admin/accounts").then().statusCode(401);
    }

    @Test
    void anApiKeyIsNotAnAdminToken() {
        String key = admin().body(Map.of("name", "Not admin")).post("/admin/accounts").then().extract().path("api_key");
        given().header("X-Api-Key", key).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/admin/accounts").then().statusCode(401);
    }
}
