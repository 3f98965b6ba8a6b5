package dev.vitae.account;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.newAccount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api;
import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Row;

@QuarkusTest
class ApiKeyAuthTest {

    @Inject
    Database db;

    @Test
    void missingKeyIs401WithProblemBody() {
        given().get(PROFILES).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("unauthorized"))
                .body("status", equalTo(401));
    }

    /** Each path takes one kind of credential; the other kind is refused as if none were sent, in the path's own body. */
    @Test
    void eachApiTakesItsOwnCredentialAndNamesItWhenRefused() {
        TestAccount account = newAccount();
        account.asKey().get("/admin/accounts/" + account.id()).then().statusCode(401)
                .contentType("application/problem+json").body("message", equalTo("Missing or wrong X-Admin-Token."));
        given().header("X-Admin-Token", "wrong").get("/admin/accounts/" + account.id()).then().statusCode(401)
                .body("message", equalTo("Missing or wrong X-Admin-Token."));
        given().header("X-Admin-Token", Api.ADMIN_TOKEN).get("/api/v1/jobs").then().statusCode(401)
                .contentType(ContentType.JSON).body("error.code", equalTo("unauthorized"))
                .body("error.message", equalTo("Missing API key: send it as 'X-Api-Key: <key>' or 'Authorization: Bearer <key>'."));
        given().header("X-Admin-Token", Api.ADMIN_TOKEN).get(PROFILES).then().statusCode(401)
                .contentType("application/problem+json");
        given().header("X-Api-Key", "vk_not_a_real_key").get("/api/v1/jobs").then().statusCode(401)
                .body("error.message", equalTo("The API key is unknown or has been revoked."));
        // The signed résumé link needs no credential at all: an unknown token is the link's own 403, not a 401.
        given().get("/api/v1/resume-files/not-a-token").then().statusCode(403).body("error.code", equalTo("forbidden"));
    }

    @Test
    void unknownKeyIs401() {
        given().header("X-Api-Key", "vk_not_a_real_key").get(PROFILES).then().statusCode(401);
        given().header("Authorization", "Bearer vk_not_a_real_key").get(PROFILES).then().statusCode(401);
        given().header("Authorization", "Basic dXNlcjpwYXNz").get(PROFILES).then().statusCode(401);
    }

    @Test
    void bothHeadersAuthenticate() {
        TestAccount account = newAccount();
        account.asKey().get(PROFILES).then().statusCode(200);
        account.asBearer().get(PROFILES).then().statusCode(200);
        given().header("Authorization", "bearer " + account.key()).get(PROFILES).then().statusCode(200);
    }

    @Test
    void keyIsStoredOnlyAsHashWithPrefixAndLastUse() {
        TestAccount account = newAccount();
        Row before = db.apiKey(account.keyId());
        assertNull(before.getValue("last_used_at"));
        assertEquals(ApiKeys.hash(account.key()), before.getString("key_hash"));
        assertTrue(account.key().startsWith(before.getString("prefix")));
        assertTrue(before.getString("prefix").length() < account.key().length() / 2);
        account.asKey().get(PROFILES).then().statusCode(200);
        assertNotNull(db.apiKey(account.keyId()).getValue("last_used_at"));
    }

    @Test
    void revokedKeyStopsWorkingImmediatelyWhileOtherKeysGoOn() {
        TestAccount account = newAccount();
        String second = given().header("X-Admin-Token", Api.ADMIN_TOKEN)
                .post("/admin/accounts/" + account.id() + "/keys").then().statusCode(201)
                .extract().path("api_key");
        account.asKey().get(PROFILES).then().statusCode(200);
        given().header("X-Admin-Token", Api.ADMIN_TOKEN).delete("/admin/keys/" + account.keyId()).then().statusCode(204);
        account.asKey().get(PROFILES).then().statusCode(401).body("code", equalTo("unauthorized"));
        account.asBearer().get(PROFILES).then().statusCode(401);
        given().header("X-Api-Key", second).get(PROFILES).then().statusCode(200);
    }

    @Test
    void anotherAccountsProfileIs404OnEveryEndpoint() {
        TestAccount owner = newAccount();
        TestAccount other = newAccount();
        String id = createProfile(owner);
        String path = PROFILES + "/" + id;
        other.asKey().get(path).then().statusCode(404).body("code", equalTo("not_found"));
        other.json().body("{\"name\": \"hijack\"}").patch(path).then().statusCode(404);
        other.asKey().delete(path).then().statusCode(404);
        other.asKey().get(PROFILES).then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        owner.asKey().get(path).then().statusCode(200).body("name", equalTo("Default"));
        owner.asKey().get(PROFILES).then().body("id", contains(id));
    }

    @Test
    void keysOfOneAccountCannotTouchAnotherEvenWithIfMatchStar() {
        TestAccount owner = newAccount();
        TestAccount other = newAccount();
        String id = createProfile(owner);
        other.asKey().contentType(ContentType.JSON).header("If-Match", "*").body("{\"name\": \"x\"}")
                .patch(PROFILES + "/" + id).then().statusCode(404);
        other.asKey().header("If-Match", "*").delete(PROFILES + "/" + id).then().statusCode(404);
        owner.asKey().get(PROFILES + "/" + id).then().statusCode(200);
    }
}
