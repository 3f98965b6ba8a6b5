package dev.vitae.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Small helpers so tests read like the API documentation. */
public final class Api {

    public static final String ADMIN_TOKEN = "test-admin-token";
    public static final String PROFILES = "/api/auto-apply/profiles";

    private Api() {
    }

    /** A new account with its first key, made through the operator API. */
    public record TestAccount(String id, String key, String keyId) {
        public RequestSpecification asKey() {
            return given().header("X-Api-Key", key);
        }

        public RequestSpecification asBearer() {
            return given().header("Authorization", "Bearer " + key);
        }

        public RequestSpecification json() {
            return asKey().contentType(ContentType.JSON);
        }
    }

    public static TestAccount newAccount() {
        Map<String, Object> body = given().header("X-Admin-Token", ADMIN_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", "Test account"))
                .post("/admin/accounts")
                .then().statusCode(201)
                .extract().as(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> account = (Map<String, Object>) body.get("account");
        @SuppressWarnings("unchecked")
        Map<String, Object> key = (Map<String, Object>) body.get("key");
        return new TestAccount((String) account.get("id"), (String) body.get("api_key"), (String) key.get("id"));
    }

    /** A minimal valid profile body. */
    public static String minimalProfile() {
        return """
                {"contact": {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"}}""";
    }

    /** Creates a profile and returns its id. */
    public static String createProfile(TestAccount account, String body) {
        return account.json().body(body).post(PROFILES).then().statusCode(201).extract().path("id");
    }

    public static String createProfile(TestAccount account) {
        return createProfile(account, minimalProfile());
    }

    public static ValidatableResponse getProfile(TestAccount account, String id) {
        return account.asKey().get(PROFILES + "/" + id).then();
    }
}
