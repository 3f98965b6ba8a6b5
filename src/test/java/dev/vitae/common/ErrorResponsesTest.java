package dev.vitae.common;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.newAccount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every error is the API's error body: never HTML, never a stack trace. */
@QuarkusTest
class ErrorResponsesTest {

    @Test
    void malformedJsonIs400WithProblemBody() {
        TestAccount account = newAccount();
        account.json().body("{\"name\": ").post(PROFILES).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:vitae:problem:validation_error"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("code", equalTo("validation_error"))
                .body("detail", containsString("not valid JSON"))
                .body("message", containsString("not valid JSON"));
    }

    @Test
    void wrongContentTypeIs415() {
        TestAccount account = newAccount();
        account.asKey().contentType(ContentType.TEXT).body("{}").post(PROFILES).then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("unsupported_media_type"));
        String id = createProfile(account);
        account.asKey().contentType("application/xml").body("<a/>").patch(PROFILES + "/" + id).then().statusCode(415);
    }

    @Test
    void oversizeBodyIs413BeforeItIsRead() {
        TestAccount account = newAccount();
        String big = "{\"cover_letter_template\": \"" + "x".repeat(1_100_000) + "\"}";
        account.json().body(big).post(PROFILES).then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("payload_too_large"));
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405() {
        TestAccount account = newAccount();
        account.asKey().get("/api/auto-apply/nothing-here").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("not_found"));
        given().get("/no/such/route").then().statusCode(404).contentType("application/problem+json");
        account.asKey().put(PROFILES).then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("method_not_allowed"));
    }

    @Test
    void candidatesPathsUseTheirOwnErrorEnvelope() {
        TestAccount account = newAccount();
        account.asKey().get("/api/v1/nothing-here").then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("not_found"))
                .body("error.message", notNullValue())
                .body("type", equalTo(null));
        given().get("/api/v1/nothing-here").then().statusCode(404).body("error.code", equalTo("not_found"));
    }

    @Test
    void errorsNeverLeakHtmlOrStackTraces() {
        TestAccount account = newAccount();
        account.json().body("{\"contact\": {\"first_name\": [1,2]}}").post(PROFILES).then()
                .statusCode(400)
                .body(not(containsString("Exception")))
                .body(not(containsString("<html")));
    }
}
