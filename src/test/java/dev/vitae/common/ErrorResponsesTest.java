package dev.vitae.common;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.getProfile;
import static dev.vitae.support.Api.newAccount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every error is the API's error body: never HTML, never a stack trace. */
@QuarkusTest
class ErrorResponsesTest {

    @TestHTTPResource("/")
    URL base;

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
    void oversizeChunkedBodyWithoutALengthIs413Too() throws Exception {
        TestAccount account = newAccount();
        String id = createProfile(account);
        HttpResponse<String> tooBig = sendChunked(account, "POST", PROFILES,
                "{\"contact\": {\"first_name\": \"A\", \"last_name\": \"B\", \"email\": \"a@example.com\"},"
                        + " \"cover_letter_template\": \"" + "x".repeat(1_100_000) + "\"}");
        assertEquals(413, tooBig.statusCode());
        assertEquals("application/problem+json", tooBig.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(tooBig.body().contains("\"code\":\"payload_too_large\""), tooBig.body());
        HttpResponse<String> small = sendChunked(account, "PATCH", PROFILES + "/" + id, "{\"name\": \"Chunked\"}");
        assertEquals(200, small.statusCode(), small.body());
        getProfile(account, id).body("name", equalTo("Chunked"));
    }

    /** A body of unknown length, so the client sends it chunked, without Content-Length. */
    private HttpResponse<String> sendChunked(TestAccount account, String method, String path, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("X-Api-Key", account.key()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405WithTheAllowedOnes() {
        TestAccount account = newAccount();
        account.asKey().get("/api/auto-apply/nothing-here").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("not_found"));
        given().get("/no/such/route").then().statusCode(404).contentType("application/problem+json");
        account.asKey().put(PROFILES).then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, HEAD, POST, OPTIONS")
                .body("code", equalTo("method_not_allowed"));
        account.asKey().put(PROFILES + "/" + UUID.randomUUID()).then()
                .statusCode(405)
                .header("Allow", "GET, HEAD, PATCH, DELETE, OPTIONS");
        account.asKey().delete("/api/v1/jobs/7").then()
                .statusCode(405)
                .contentType("application/json")
                .header("Allow", "GET, HEAD, PATCH, OPTIONS");
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

    /** A NUL or a lone UTF-16 surrogate cannot be stored: every API answers 400 naming the field, and nothing changes. */
    @Test
    void textPostgresCannotStoreIsA400NamingTheFieldOnEveryApi() {
        var account = newAccount();
        String nul = "\\u0000";
        String lone = "\\ud800";
        String id = createProfile(account);
        for (String bad : new String[] { nul, lone }) {
            account.json().body("{\"memories\": [\"fine\", \"bad " + bad + "\"]}").patch(PROFILES + "/" + id).then()
                    .statusCode(400).body("errors[0].field", equalTo("memories[1]"))
                    .body("errors[0].message", equalTo(StorableText.MESSAGE));
            account.json().body("{\"cover_letter_template\": \"Dear " + bad + "\"}").patch(PROFILES + "/" + id).then()
                    .statusCode(400).body("errors[0].field", equalTo("cover_letter_template"));
            account.json().body("{\"title\": \"Engineer " + bad + "\"}").post("/api/v1/jobs").then()
                    .statusCode(400).body("error.details[0].field", equalTo("title"));
            given().header("X-Admin-Token", dev.vitae.support.Api.ADMIN_TOKEN).contentType("application/json")
                    .body("{\"name\": \"Acme " + bad + "\"}").post("/admin/accounts").then()
                    .statusCode(400).body("errors[0].field", equalTo("name"));
        }
        int job = account.json().body("{\"title\": \"Engineer\"}").post("/api/v1/jobs").then().statusCode(201)
                .extract().path("data.id");
        account.json().body("{\"job_id\": " + job + ", \"name\": \"Ada\", \"notes\": \"x" + nul + "\"}")
                .post("/api/v1/candidates").then().statusCode(400).body("error.details[0].field", equalTo("notes"));
        account.asKey().multiPart("job_id", Integer.toString(job)).multiPart("name", "Ada\u0000").post("/api/v1/candidates")
                .then().statusCode(400).body("error.details[0].field", equalTo("name"));
        account.asKey().queryParam("email", "a\u0000@example.com").get("/api/v1/candidates").then()
                .statusCode(400).body("error.details[0].field", equalTo("email"));
        // Nothing stored was touched by the refused writes.
        account.asKey().get(PROFILES + "/" + id).then().statusCode(200).body("memories.size()", equalTo(0));
    }

    /** A key given twice in one JSON object is ambiguous: every API answers 400 naming it, in its own error body. */
    @Test
    void duplicateJsonKeysAreA400OnEveryApi() {
        var account = newAccount();
        account.json().body("{\"contact\": {\"first_name\": \"Ada\", \"last_name\": \"L\", \"email\": \"a@example.com\", "
                + "\"email\": \"b@example.com\"}}").post(PROFILES).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("contact.email"));
        account.json().body("{\"title\": \"A\", \"title\": \"B\"}").post("/api/v1/jobs").then()
                .statusCode(400).body("error.code", equalTo("validation_error")).body("error.details[0].field", equalTo("title"));
        given().header("X-Admin-Token", dev.vitae.support.Api.ADMIN_TOKEN).contentType("application/json")
                .body("{\"name\": \"A\", \"name\": \"B\"}").post("/admin/accounts").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("name"));
    }

    /** Multipart bodies the reader cannot read are the client's mistake: 400 or 413 in the API's body, never a 500. */
    @Test
    void malformedMultipartBodiesAreTheClientsMistake() {
        var account = newAccount();
        String head = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n";
        // Ends before its closing boundary.
        account.asKey().contentType("multipart/form-data; boundary=XYZ").body((head + "hello").getBytes(StandardCharsets.UTF_8))
                .post(PROFILES + "/import").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation_error"));
        // A CR LF inside a part header.
        account.asKey().contentType("multipart/form-data; boundary=XYZ")
                .body("--XYZ\r\nContent-Disposition: form-data; name=\"file\r\n\"; filename=\"a.txt\"\r\n\r\nhello\r\n--XYZ--\r\n"
                        .getBytes(StandardCharsets.UTF_8))
                .post(PROFILES + "/import").then().statusCode(400).body("code", equalTo("validation_error"));
        // More parts than are accepted.
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1100; i++) {
            many.append("--XYZ\r\nContent-Disposition: form-data; name=\"f").append(i).append("\"\r\n\r\nx\r\n");
        }
        many.append("--XYZ--\r\n");
        account.asKey().contentType("multipart/form-data; boundary=XYZ").body(many.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/candidates").then().statusCode(413).contentType("application/json")
                .body("error.code", equalTo("payload_too_large"));
        // No parts at all: the file is missing.
        account.asKey().contentType("multipart/form-data; boundary=XYZ").body("--XYZ--\r\n".getBytes(StandardCharsets.UTF_8))
                .post(PROFILES + "/import").then().statusCode(400).body("errors[0].field", equalTo("file"));
    }
}
