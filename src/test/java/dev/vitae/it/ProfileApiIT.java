package dev.vitae.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.vitae.support.ResumeFixtures;
import dev.vitae.support.ResumeFixtures.Fixture;
import dev.vitae.support.fixtures.Layout;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The packaged service end to end, over HTTP only: operator creates an account, its key creates,
 * reads, patches and deletes a profile, and errors keep their shape. Runs against the jar in
 * {@code verify} and against the native binary with {@code -Dnative}.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = true)
class ProfileApiIT {

    private static final String PROFILES = "/api/auto-apply/profiles";

    @Test
    void profileLifecycleThroughThePackagedService() {
        String key = given().header("X-Admin-Token", EmbeddedPostgresResource.ADMIN_TOKEN)
                .contentType(ContentType.JSON).body(Map.of("name", "IT"))
                .post("/admin/accounts").then().statusCode(201).extract().path("api_key");

        String id = given().header("X-Api-Key", key).contentType(ContentType.JSON)
                .body("""
                        {"contact": {"first_name": "Grace", "last_name": "Hopper", "email": "grace@example.com"},
                         "self_identification": {"veteran_status": "protected_veteran"},
                         "preferences": {"salary_expectation": {"amount": 150000, "currency": "USD", "period": "year"}},
                         "work_experience": [{"company": "US Navy", "start_date": "1943", "end_date": "1986-08"}]}""")
                .post(PROFILES).then().statusCode(201).header("ETag", "\"0\"").extract().path("id");

        given().header("Authorization", "Bearer " + key).get(PROFILES).then()
                .statusCode(200).body("id", contains(id));

        given().header("X-Api-Key", key).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"memories\": [\"Invented the first compiler\"], \"cover_letter_template\": \"\"}")
                .patch(PROFILES + "/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("memories", contains("Invented the first compiler"))
                .body("self_identification.veteran_status", equalTo("protected_veteran"))
                .body("preferences.salary_expectation.amount", equalTo(150000))
                .body("work_experience[0].end_date", equalTo("1986-08"));

        given().header("X-Api-Key", key).contentType(ContentType.JSON)
                .body("{\"contact\": {\"frist_name\": \"G\"}}")
                .patch(PROFILES + "/" + id).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("contact.frist_name"));

        // The Allow header comes from the OpenAPI document packaged with the service.
        given().header("X-Api-Key", key).put(PROFILES + "/" + id).then()
                .statusCode(405)
                .header("Allow", "GET, HEAD, PATCH, DELETE, OPTIONS");

        given().header("X-Api-Key", key).delete(PROFILES + "/" + id).then().statusCode(204);
        given().header("X-Api-Key", key).get(PROFILES + "/" + id).then().statusCode(404);
        given().get(PROFILES).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void resumeImportThroughThePackagedService() {
        String key = given().header("X-Admin-Token", EmbeddedPostgresResource.ADMIN_TOKEN)
                .contentType(ContentType.JSON).body(Map.of("name", "IT import"))
                .post("/admin/accounts").then().statusCode(201).extract().path("api_key");
        // The test JVM draws the PDF and DOCX; the packaged service only sees their bytes.
        for (Fixture resume : List.of(ResumeFixtures.pdf(ResumeFixtures.DESIGNER, Layout.CLASSIC),
                ResumeFixtures.docx(ResumeFixtures.NURSE, Layout.CLASSIC),
                ResumeFixtures.file("heloise-dufresne-aubry-rtf-word.rtf"))) {
            String id = given().header("X-Api-Key", key)
                    .multiPart("file", resume.name(), resume.bytes(), "application/octet-stream")
                    .post(PROFILES + "/import").then().statusCode(202).extract().path("profile_id");
            given().header("X-Api-Key", key).header("Prefer", "wait=30").get(PROFILES + "/" + id).then()
                    .statusCode(200)
                    .body("status", equalTo("ready"))
                    .body("contact.email", equalTo(resume.label().contact().email()))
                    .body("work_experience.size()", equalTo(resume.label().workExperience().size()))
                    .body("work_experience[0].company", equalTo(resume.label().workExperience().get(0).company()));
        }
    }

    @Test
    void healthIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
