package dev.vitae.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.vitae.support.ResumeFixtures;
import dev.vitae.support.ResumeFixtures.Fixture;
import dev.vitae.support.fixtures.Layout;
import dev.vitae.support.fixtures.ResumeLabel.Contact;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** The candidates pipeline end to end through the packaged service (jar, or native with -Dnative). */
@QuarkusIntegrationTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = true)
class CandidatesApiIT {

    @Test
    void jobCandidateResumeStagesAndHistory() throws Exception {
        String key = given().header("X-Admin-Token", EmbeddedPostgresResource.ADMIN_TOKEN)
                .contentType(ContentType.JSON).body(Map.of("name", "IT candidates"))
                .post("/admin/accounts").then().statusCode(201).extract().path("api_key");
        String auth = "Bearer " + key;
        int job = given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Map.of("title", "Data Scientist", "description", "Python, SQL, forecasting, experiments. 3+ years."))
                .post("/api/v1/jobs").then().statusCode(201).extract().path("data.id");
        Fixture resume = ResumeFixtures.pdf(ResumeFixtures.DATA_SCIENTIST, Layout.COMPANY_FIRST);
        Contact contact = resume.label().contact();
        int id = given().header("Authorization", auth)
                .multiPart("job_id", Integer.toString(job)).multiPart("name", contact.firstName() + " " + contact.lastName())
                .multiPart("email", contact.email()).multiPart("resume", resume.name(), resume.bytes(), "application/pdf")
                .post("/api/v1/candidates").then().statusCode(201).extract().path("data.id");
        String status = "pending";
        for (int i = 0; i < 150 && !status.equals("processed") && !status.equals("failed"); i++) {
            Thread.sleep(200);
            status = given().header("Authorization", auth).get("/api/v1/candidates/" + id).then().extract().path("data.resume_status");
        }
        String url = given().header("Authorization", auth).get("/api/v1/candidates/" + id).then()
                .statusCode(200)
                .body("data.resume_status", equalTo("processed"))
                .body("data.fit_score", notNullValue())
                .body("data.resume_data.personalInfo.email", equalTo(contact.email()))
                .body("data.resume_data.workExperience[0].company", equalTo(resume.label().workExperience().get(0).company()))
                .extract().path("data.resume_url");
        given().get(url.substring(url.indexOf("/api/v1/"))).then().statusCode(200);
        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Map.of("stage", "phonescreen", "notes", "Call on Monday"))
                .patch("/api/v1/candidates/" + id).then().statusCode(200).body("data.stage", equalTo("phonescreen"));
        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Map.of("job_id", job, "name", "Again", "email", contact.email().toUpperCase(Locale.ROOT)))
                .post("/api/v1/candidates").then().statusCode(409).body("error.code", equalTo("duplicate_candidate"));
        given().header("Authorization", auth).get("/api/v1/candidates/" + id + "/activities?limit=2").then()
                .statusCode(200).body("data.type", contains("note_added", "stage_changed"));
    }
}
