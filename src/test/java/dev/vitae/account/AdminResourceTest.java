package dev.vitae.account;

import static dev.vitae.support.Api.ADMIN_TOKEN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AdminResourceTest {

    private static RequestSpecification admin() {
        return given().header("X-Admin-Token", ADMIN_TOKEN).contentType(ContentType.JSON);
    }

    @Test
    void createAccountReturnsItAndAKeyShownOnceWithLocation() {
        ExtractableResponse<Response> created = admin().body(Map.of("name", "  Acme  ")).post("/admin/accounts").then()
                .statusCode(201)
                .body("account.id", notNullValue())
                .body("account.name", equalTo("Acme"))
                .body("account.created_at", notNullValue())
                .body("api_key", startsWith("vk_"))
                .extract();
        String accountId = created.path("account.id");
        String secret = created.path("api_key");
        assertEquals(secret, created.path("key.api_key"), "the key object carries the same secret");
        assertEquals(accountId, created.path("key.account_id"));
        assertTrue(secret.startsWith(created.<String>path("key.prefix")), "the prefix is the secret's start");
        assertEquals("/admin/accounts/" + accountId, URI.create(created.header("Location")).getPath());
        admin().get(created.header("Location")).then()
                .statusCode(200).body("id", equalTo(accountId)).body("name", equalTo("Acme"));
    }

    @Test
    void aKeyHasOneShapeEverywhere() {
        ExtractableResponse<Response> account = admin().body(Map.of("name", "Shapes")).post("/admin/accounts").then()
                .statusCode(201).extract();
        String accountId = account.path("account.id");
        ExtractableResponse<Response> further = admin().post("/admin/accounts/" + accountId + "/keys").then()
                .statusCode(201).extract();
        Set<String> keyFields = Set.of("id", "account_id", "prefix", "created_at", "last_used_at", "revoked_at");
        Set<String> createdKeyFields = new java.util.HashSet<>(keyFields);
        createdKeyFields.add("api_key");
        assertEquals(createdKeyFields, account.jsonPath().getMap("key").keySet(), "key in POST /admin/accounts");
        assertEquals(createdKeyFields, further.jsonPath().getMap("$").keySet(), "POST /admin/accounts/{id}/keys");
        String keyId = further.path("id");
        assertEquals("/admin/keys/" + keyId, URI.create(further.header("Location")).getPath());
        Map<String, Object> read = admin().get(further.header("Location")).then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(keyFields, read.keySet(), "GET /admin/keys/{id}");
        assertEquals(further.<String>path("prefix"), read.get("prefix"));
        List<Map<String, Object>> listed = admin().get("/admin/accounts/" + accountId + "/keys").then().statusCode(200)
                .extract().jsonPath().getList("$");
        listed.forEach(key -> assertEquals(keyFields, key.keySet(), "GET /admin/accounts/{id}/keys"));
        admin().get("/admin/keys/7c7e0a52-0000-4000-8000-000000000000").then().statusCode(404);
        admin().get("/admin/accounts/7c7e0a52-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
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
        String keyId = admin().body(Map.of("name", "Twice")).post("/admin/accounts").then().extract().path("key.id");
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
