package dev.vitae.candidate;

import static dev.vitae.support.Api.newAccount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.Concurrently;
import dev.vitae.support.ResumeFixtures;
import dev.vitae.support.ResumeFixtures.Fixture;
import dev.vitae.support.fixtures.Layout;
import dev.vitae.support.fixtures.ResumeLabel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CandidatesApiTest {

    static final String JOBS = "/api/v1/jobs";
    static final String CANDIDATES = "/api/v1/candidates";

    @Inject
    ResumeLinks links;

    static int createJob(TestAccount account, String title, String description) {
        return account.json().body(Map.of("title", title, "description", description)).post(JOBS).then()
                .statusCode(201).extract().path("data.id");
    }

    static ValidatableResponse createCandidate(TestAccount account, Map<String, Object> body) {
        return account.json().body(body).post(CANDIDATES).then();
    }

    static int candidate(TestAccount account, int job, String name, String email) {
        return createCandidate(account, email == null ? Map.of("job_id", job, "name", name)
                : Map.of("job_id", job, "name", name, "email", email)).statusCode(201).extract().path("data.id");
    }

    // ---- jobs -------------------------------------------------------------------------------

    @Test
    void jobsAreCreatedListedReadAndChanged() {
        TestAccount account = newAccount();
        int id = account.json().body(Map.of("title", "  Staff Engineer ", "location", "Berlin")).post(JOBS).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("data.id", notNullValue())
                .body("data.title", equalTo("Staff Engineer"))
                .body("data.status", equalTo("open"))
                .body("data.description", nullValue())
                .extract().path("data.id");
        account.json().body(Map.of("status", "closed", "unknown", 1)).patch(JOBS + "/" + id).then()
                .statusCode(200).body("data.status", equalTo("closed")).body("data.title", equalTo("Staff Engineer"));
        account.asBearer().get(JOBS + "/" + id).then().statusCode(200).body("data.location", equalTo("Berlin"));
        account.asKey().get(JOBS).then().statusCode(200).body("data.id", contains(id))
                .body("pagination.has_more", equalTo(false)).body("pagination.next_cursor", nullValue());
    }

    @Test
    void jobLimitsAndErrorsUseTheCandidatesErrorEnvelope() {
        TestAccount account = newAccount();
        account.json().body(Map.of("title", "t".repeat(200), "description", "d".repeat(20_000))).post(JOBS).then().statusCode(201);
        account.json().body(Map.of("title", "t".repeat(201))).post(JOBS).then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("validation_error"))
                .body("error.message", notNullValue())
                .body("error.details[0].field", equalTo("title"));
        account.json().body(Map.of("title", "x", "description", "d".repeat(20_001))).post(JOBS).then()
                .statusCode(400).body("error.details[0].field", equalTo("description"));
        account.json().body(Map.of("title", "x", "status", "paused")).post(JOBS).then()
                .statusCode(400).body("error.details[0].field", equalTo("status"));
        int id = createJob(account, "x", "y");
        account.json().body(Map.of("nothing", "recognised")).patch(JOBS + "/" + id).then().statusCode(400);
        account.json().body("{\"title\": null}").patch(JOBS + "/" + id).then().statusCode(400);
        account.json().body("{\"status\": null}").patch(JOBS + "/" + id).then()
                .statusCode(400).body("error.details[0].field", equalTo("status"));
        account.json().body("{\"status\": 1}").patch(JOBS + "/" + id).then()
                .statusCode(400).body("error.details[0].field", equalTo("status"));
        account.json().body("{\"description\": null, \"location\": null, \"status\": \"closed\"}").patch(JOBS + "/" + id).then()
                .statusCode(200).body("data.description", nullValue()).body("data.location", nullValue())
                .body("data.status", equalTo("closed")).body("data.title", equalTo("x"));
    }

    @Test
    void valuesAreNeverCoercedFromAnotherJsonType() {
        TestAccount account = newAccount();
        int job = createJob(account, "x", "y");
        // Candidates-API fields are typed: a number in quotes, a stage by position or a name as a number are mistakes.
        createCandidate(account, Map.of("job_id", Integer.toString(job), "name", "x")).statusCode(400)
                .body("error.details[0].field", equalTo("job_id"));
        createCandidate(account, Map.of("job_id", job, "name", "x", "rating", "5")).statusCode(400)
                .body("error.details[0].field", equalTo("rating"));
        createCandidate(account, Map.of("job_id", job, "name", "x", "stage", 2)).statusCode(400)
                .body("error.details[0].field", equalTo("stage"));
        createCandidate(account, Map.of("job_id", job, "name", 42)).statusCode(400)
                .body("error.details[0].field", equalTo("name"));
        account.json().body(Map.of("title", 7)).post(JOBS).then().statusCode(400).body("error.details[0].field", equalTo("title"));
        account.json().body("[]").post(JOBS).then().statusCode(400).body("error.code", equalTo("validation_error"));
        int id = candidate(account, job, "Typed", null);
        account.json().body(Map.of("rating", 4.5)).patch(CANDIDATES + "/" + id).then().statusCode(400)
                .body("error.details[0].field", equalTo("rating"));
        account.json().body(Map.of("email", true)).patch(CANDIDATES + "/" + id).then().statusCode(400)
                .body("error.details[0].field", equalTo("email"));
    }

    @Test
    void multipartFieldsAreHeldToTheJsonBodysRules() {
        TestAccount account = newAccount();
        int job = createJob(account, "x", "y");
        account.asKey().multiPart("job_id", "forty-two").multiPart("name", "Form").post(CANDIDATES).then()
                .statusCode(400).body("error.details[0].field", equalTo("job_id"));
        account.asKey().multiPart("job_id", Integer.toString(job)).multiPart("name", "Form").multiPart("rating", "9")
                .post(CANDIDATES).then().statusCode(400).body("error.details[0].field", equalTo("rating"));
        account.asKey().multiPart("job_id", Integer.toString(job)).multiPart("name", "Form").multiPart("stage", "interview")
                .post(CANDIDATES).then().statusCode(400).body("error.details[0].field", equalTo("stage"));
        account.asKey().multiPart("job_id", Integer.toString(job)).multiPart("name", "  ").post(CANDIDATES).then()
                .statusCode(400).body("error.details[0].field", equalTo("name"));
        account.asKey().multiPart("job_id", Integer.toString(job)).multiPart("name", " Form ").multiPart("rating", "4")
                .multiPart("stage", "hired").post(CANDIDATES).then().statusCode(201)
                .body("data.name", equalTo("Form")).body("data.rating", equalTo(4)).body("data.stage", equalTo("hired"));
    }

    // ---- create -----------------------------------------------------------------------------

    @Test
    void createdCandidateHasEveryDocumentedField() {
        TestAccount account = newAccount();
        int job = createJob(account, "Backend Engineer", "Go and PostgreSQL");
        createCandidate(account, Map.of("job_id", job, "name", "  Ada Lovelace  ", "email", " Ada@Example.com ",
                "phone", "(202) 456-1111", "linkedin", "https://www.linkedin.com/in/ada", "location", "London",
                "rating", 4, "ats_candidate_id", "ext-1", "notes", "Referred by Grace"))
                .statusCode(201)
                .header("Location", containsString(CANDIDATES + "/"))
                .header("ETag", notNullValue())
                .body("data.id", notNullValue())
                .body("data.public_id", matchesPattern("[0-9a-f-]{36}"))
                .body("data.name", equalTo("Ada Lovelace"))
                .body("data.email", equalTo("Ada@Example.com"))
                .body("data.phone", equalTo("+12024561111"))
                .body("data.stage", equalTo("prospect"))
                .body("data.rating", equalTo(4))
                .body("data.fit_score", nullValue())
                .body("data.application_source", equalTo("public_api"))
                .body("data.ats_candidate_id", equalTo("ext-1"))
                .body("data.job.id", equalTo(job))
                .body("data.job.title", equalTo("Backend Engineer"))
                .body("data.applied_at", notNullValue())
                .body("data.resume_url", nullValue())
                .body("data.resume_data", nullValue())
                .body("data.resume_status", equalTo("none"))
                .body("data", not(hasKey("notes")));
    }

    @Test
    void notesBecomeANoteActivityAndCreationIsRecorded() {
        TestAccount account = newAccount();
        int job = createJob(account, "x", "y");
        int id = createCandidate(account, Map.of("job_id", job, "name", "N", "notes", "Great call"))
                .statusCode(201).extract().path("data.id");
        account.asKey().get(CANDIDATES + "/" + id + "/activities").then()
                .statusCode(200)
                .body("data.type", contains("note_added", "candidate_created"))
                .body("data[0].data.note", equalTo("Great call"))
                .body("data[0].created_at", notNullValue());
    }

    @Test
    void lengthLimitsApplyToTheTrimmedValue() {
        TestAccount account = newAccount();
        int job = createJob(account, "x", "y");
        String padded = " " + "m".repeat(200) + " ";
        int id = createCandidate(account, Map.of("job_id", job, "name", padded, "location", "\t" + "l".repeat(500) + "\n",
                "ats_candidate_id", " " + "a".repeat(255) + " ", "phone", " " + "p".repeat(100) + " "))
                .statusCode(201)
                .body("data.name", equalTo("m".repeat(200)))
                .body("data.location", equalTo("l".repeat(500)))
                .body("data.ats_candidate_id", equalTo("a".repeat(255)))
                .extract().path("data.id");
        account.json().body(Map.of("name", padded)).patch(CANDIDATES + "/" + id).then()
                .statusCode(200).body("data.name", equalTo("m".repeat(200)));
        account.json().body(Map.of("name", " " + "m".repeat(201) + " ")).patch(CANDIDATES + "/" + id).then()
                .statusCode(400)
                .body("error.details[0].field", equalTo("name"))
                .body("error.details[0].message", containsString("after trimming"));
        account.json().body(Map.of("title", " " + "t".repeat(200) + " ", "location", " " + "l".repeat(500) + " "))
                .post(JOBS).then().statusCode(201).body("data.title", equalTo("t".repeat(200)));
    }

    @Test
    void createValidatesEveryField() {
        TestAccount account = newAccount();
        int job = createJob(account, "x", "y");
        createCandidate(account, Map.of("name", "No job")).statusCode(400).body("error.details[0].field", equalTo("job_id"));
        createCandidate(account, Map.of("job_id", job, "name", "   ")).statusCode(400).body("error.details[0].field", equalTo("name"));
        createCandidate(account, Map.of("job_id", job, "name", "n".repeat(200))).statusCode(201);
        createCandidate(account, Map.of("job_id", job, "name", "n".repeat(201))).statusCode(400);
        createCandidate(account, Map.of("job_id", job, "name", "x", "email", "nope")).statusCode(400)
                .body("error.details[0].field", equalTo("email"));
        createCandidate(account, Map.of("job_id", job, "name", "x", "rating", 6)).statusCode(400);
        createCandidate(account, Map.of("job_id", job, "name", "x", "rating", 0)).statusCode(400);
        createCandidate(account, Map.of("job_id", job, "name", "x", "stage", "interview")).statusCode(400)
                .body("error.details[0].message", containsString("prospect, applied, phonescreen, inprogress, hired, rejected"));
        createCandidate(account, Map.of("job_id", job, "name", "x", "notes", "n".repeat(2001))).statusCode(400);
        createCandidate(account, Map.of("job_id", job, "name", "x", "notes", "n".repeat(2000))).statusCode(201);
        createCandidate(account, Map.of("job_id", job, "name", "x", "phone", "p".repeat(101))).statusCode(400);
        createCandidate(account, Map.of("job_id", job, "name", "x", "location", "l".repeat(501))).statusCode(400);
        createCandidate(account, Map.of("job_id", job, "name", "x", "ats_candidate_id", "a".repeat(256))).statusCode(400);
        createCandidate(account, Map.of("job_id", job, "name", "x", "linkedin", "linkedin.com/in/x")).statusCode(400);
        createCandidate(account, Map.of("job_id", job, "name", "x", "phone", "call me maybe", "frist_name", "ignored"))
                .statusCode(201).body("data.phone", equalTo("call me maybe"));
    }

    @Test
    void anotherAccountsJobOrCandidateIs404() {
        TestAccount owner = newAccount();
        TestAccount other = newAccount();
        int job = createJob(owner, "x", "y");
        int id = candidate(owner, job, "Owned", null);
        createCandidate(other, Map.of("job_id", job, "name", "Sneaky")).statusCode(404).body("error.code", equalTo("not_found"));
        other.asKey().get(CANDIDATES + "/" + id).then().statusCode(404);
        other.json().body(Map.of("stage", "hired")).patch(CANDIDATES + "/" + id).then().statusCode(404);
        other.asKey().delete(CANDIDATES + "/" + id).then().statusCode(404);
        other.asKey().get(CANDIDATES + "/" + id + "/activities").then().statusCode(404);
        other.asKey().multiPart("resume", "cv.txt", ResumeFixtures.file("heloise-dufresne-aubry-txt-plain.txt").bytes(), "text/plain")
                .post(CANDIDATES + "/" + id + "/resume").then().statusCode(404);
        other.asKey().get(JOBS + "/" + job).then().statusCode(404);
        other.asKey().get(CANDIDATES + "?job_id=" + job).then().statusCode(200).body("data", empty());
        owner.asKey().get(CANDIDATES + "/" + id).then().statusCode(200).body("data.stage", equalTo("prospect"));
    }

    // ---- duplicates ---------------------------------------------------------------------------

    @Test
    void sameEmailInTheSameJobIs409NamingTheExistingCandidate() {
        TestAccount account = newAccount();
        int job = createJob(account, "x", "y");
        int otherJob = createJob(account, "z", "w");
        int first = candidate(account, job, "First", "dup@example.com");
        createCandidate(account, Map.of("job_id", job, "name", "Second", "email", "  DUP@Example.COM "))
                .statusCode(409)
                .body("error.code", equalTo("duplicate_candidate"))
                .body("error.message", containsString(Integer.toString(first)));
        candidate(account, otherJob, "Elsewhere", "dup@example.com");
        int second = candidate(account, job, "Second", "second@example.com");
        account.json().body(Map.of("email", "Dup@example.com")).patch(CANDIDATES + "/" + second).then()
                .statusCode(409).body("error.code", equalTo("duplicate_candidate"));
        account.json().body(Map.of("email", "second@example.com")).patch(CANDIDATES + "/" + second).then().statusCode(200);
    }

    @Test
    void concurrentDuplicateCreatesLetExactlyOneWin() throws Exception {
        TestAccount account = newAccount();
        int job = createJob(account, "x", "y");
        List<Integer> statuses = Concurrently.statuses(8, i -> createCandidate(account,
                Map.of("job_id", job, "name", "Racer " + i, "email", "race@example.com")).extract().statusCode());
        assertEquals(1, Concurrently.count(statuses, 201));
        assertEquals(7, Concurrently.count(statuses, 409));
        account.asKey().get(CANDIDATES + "?job_id=" + job).then().body("data", hasSize(1));
    }

    // ---- PATCH ---------------------------------------------------------------------------------

    @Test
    void patchNeedsARecognisedFieldAndIgnoresOthers() {
        TestAccount account = newAccount();
        int id = candidate(account, createJob(account, "x", "y"), "P", null);
        account.json().body(Map.of("favourite_colour", "blue")).patch(CANDIDATES + "/" + id).then()
                .statusCode(400).body("error.code", equalTo("validation_error"));
        account.json().body("{}").patch(CANDIDATES + "/" + id).then().statusCode(400);
        account.json().body(Map.of("favourite_colour", "blue", "location", "Oslo")).patch(CANDIDATES + "/" + id).then()
                .statusCode(200).body("data.location", equalTo("Oslo"));
    }

    /** Which of two values for one key was meant cannot be known: 400 naming it, and nothing changes. */
    @Test
    void aKeyGivenTwiceIsRefusedInTheCandidatesEnvelope() {
        TestAccount account = newAccount();
        int id = candidate(account, createJob(account, "x", "y"), "Once", null);
        account.json().body("{\"name\": \"A\", \"name\": \"B\"}").patch(CANDIDATES + "/" + id).then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("validation_error"))
                .body("error.details[0].field", equalTo("name"))
                .body("error.details[0].message", equalTo("is given more than once"));
        account.asKey().get(CANDIDATES + "/" + id).then().body("data.name", equalTo("Once"));
    }

    @Test
    void nullClearsNullableFieldsAndAbsentLeavesThem() {
        TestAccount account = newAccount();
        int id = createCandidate(account, Map.of("job_id", createJob(account, "x", "y"), "name", "Full", "email", "f@x.io",
                "phone", "+12024561111", "linkedin", "https://linkedin.com/in/f", "location", "Rome", "rating", 3,
                "ats_candidate_id", "a1")).statusCode(201).extract().path("data.id");
        account.json().body("{\"rating\": 5}").patch(CANDIDATES + "/" + id).then()
                .statusCode(200).body("data.rating", equalTo(5)).body("data.email", equalTo("f@x.io"))
                .body("data.location", equalTo("Rome"));
        account.json().body("{\"email\": null, \"phone\": null, \"linkedin\": null, \"location\": null, \"rating\": null, "
                + "\"ats_candidate_id\": null}").patch(CANDIDATES + "/" + id).then()
                .statusCode(200)
                .body("data.email", nullValue()).body("data.phone", nullValue()).body("data.linkedin", nullValue())
                .body("data.location", nullValue()).body("data.rating", nullValue()).body("data.ats_candidate_id", nullValue())
                .body("data.name", equalTo("Full"));
        account.json().body("{\"stage\": null}").patch(CANDIDATES + "/" + id).then()
                .statusCode(400).body("error.details[0].field", equalTo("stage"));
        account.json().body("{\"name\": null}").patch(CANDIDATES + "/" + id).then()
                .statusCode(400).body("error.details[0].field", equalTo("name"));
        account.json().body("{\"name\": \"  Trimmed  \"}").patch(CANDIDATES + "/" + id).then()
                .statusCode(200).body("data.name", equalTo("Trimmed"));
    }

    @Test
    void stageChangesAndNotesAreRecordedAndTheSameStageIsNot() {
        TestAccount account = newAccount();
        int id = candidate(account, createJob(account, "x", "y"), "S", null);
        account.json().body(Map.of("stage", "applied", "notes", "Moved after screening call")).patch(CANDIDATES + "/" + id)
                .then().statusCode(200).body("data.stage", equalTo("applied")).body("data", not(hasKey("notes")));
        account.json().body(Map.of("stage", "applied")).patch(CANDIDATES + "/" + id).then().statusCode(200);
        account.asKey().get(CANDIDATES + "/" + id + "/activities").then()
                .body("data.type", contains("note_added", "stage_changed", "candidate_created"))
                .body("data[1].data.from", equalTo("prospect"))
                .body("data[1].data.to", equalTo("applied"));
    }

    @Test
    void fieldsStageAndActivitiesCommitTogetherOrNotAtAll() {
        TestAccount account = newAccount();
        int job = createJob(account, "x", "y");
        candidate(account, job, "Holder", "taken@example.com");
        int id = candidate(account, job, "Mover", "mover@example.com");
        account.json().body(Map.of("stage", "hired", "notes", "Offer!", "email", "taken@example.com"))
                .patch(CANDIDATES + "/" + id).then().statusCode(409);
        account.json().body(Map.of("stage", "hired", "notes", "Offer!", "rating", 9)).patch(CANDIDATES + "/" + id).then()
                .statusCode(400);
        account.asKey().get(CANDIDATES + "/" + id).then().body("data.stage", equalTo("prospect"))
                .body("data.email", equalTo("mover@example.com"));
        account.asKey().get(CANDIDATES + "/" + id + "/activities").then().body("data.type", contains("candidate_created"));
    }

    @Test
    void ifMatchGuardsCandidateWrites() {
        TestAccount account = newAccount();
        int id = candidate(account, createJob(account, "x", "y"), "E", null);
        String etag = account.asKey().get(CANDIDATES + "/" + id).then().extract().header("ETag");
        account.json().header("If-Match", etag).body(Map.of("rating", 2)).patch(CANDIDATES + "/" + id).then().statusCode(200);
        account.json().header("If-Match", etag).body(Map.of("rating", 3)).patch(CANDIDATES + "/" + id).then()
                .statusCode(412).body("error.code", equalTo("precondition_failed"));
        account.asKey().header("If-Match", etag).delete(CANDIDATES + "/" + id).then()
                .statusCode(412).body("error.code", equalTo("precondition_failed"));
        account.asKey().get(CANDIDATES + "/" + id).then().statusCode(200).body("data.rating", equalTo(2));
    }

    @Test
    void ifMatchGuardsJobWrites() {
        TestAccount account = newAccount();
        int job = createJob(account, "x", "y");
        String etag = account.asKey().get(JOBS + "/" + job).then().extract().header("ETag");
        account.json().header("If-Match", etag).body(Map.of("title", "First")).patch(JOBS + "/" + job).then().statusCode(200);
        account.json().header("If-Match", etag).body(Map.of("title", "Second")).patch(JOBS + "/" + job).then()
                .statusCode(412).contentType(ContentType.JSON).body("error.code", equalTo("precondition_failed"));
        account.asKey().get(JOBS + "/" + job).then().body("data.title", equalTo("First"));
    }

    @Test
    void deleteRemovesTheCandidate() {
        TestAccount account = newAccount();
        int id = candidate(account, createJob(account, "x", "y"), "D", null);
        account.asKey().delete(CANDIDATES + "/" + id).then().statusCode(204);
        account.asKey().get(CANDIDATES + "/" + id).then().statusCode(404).body("error.code", equalTo("not_found"));
    }

    // ---- lists -------------------------------------------------------------------------------------

    @Test
    void listFiltersAndLimits() {
        TestAccount account = newAccount();
        int jobA = createJob(account, "a", "a");
        int jobB = createJob(account, "b", "b");
        int a1 = candidate(account, jobA, "A1", "a1@example.com");
        int b1 = candidate(account, jobB, "B1", "b1@example.com");
        account.json().body(Map.of("stage", "hired")).patch(CANDIDATES + "/" + b1).then().statusCode(200);
        account.asKey().get(CANDIDATES).then().body("data.id", contains(b1, a1));
        account.asKey().get(CANDIDATES + "?job_id=" + jobA).then().body("data.id", contains(a1));
        account.asKey().get(CANDIDATES + "?email= A1@EXAMPLE.com").then().body("data.id", contains(a1));
        account.asKey().get(CANDIDATES + "?stage=hired").then().body("data.id", contains(b1));
        String future = Instant.now().plus(Duration.ofDays(1)).toString();
        account.asKey().get(CANDIDATES + "?created_after=" + future).then().body("data", empty());
        account.asKey().get(CANDIDATES + "?created_before=" + future).then().body("data", hasSize(2));
        account.asKey().get(CANDIDATES + "?created_after=yesterday").then().statusCode(400)
                .body("error.details[0].field", equalTo("created_after"));
        account.asKey().get(CANDIDATES + "?stage=unknown").then().statusCode(400);
        account.asKey().get(CANDIDATES + "?limit=0").then().statusCode(400);
        account.asKey().get(CANDIDATES + "?limit=101").then().statusCode(400);
        account.asKey().get(CANDIDATES + "?limit=100").then().statusCode(200);
    }

    @Test
    void keysetPaginationIsStableWhileCandidatesArrive() {
        TestAccount account = newAccount();
        int job = createJob(account, "x", "y");
        List<Integer> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(candidate(account, job, "C" + i, null));
        }
        ValidatableResponse first = account.asKey().get(CANDIDATES + "?limit=2").then().statusCode(200)
                .body("data.id", contains(created.get(4), created.get(3)))
                .body("pagination.has_more", equalTo(true));
        String cursor = first.extract().path("pagination.next_cursor");
        // New candidates arrive between pages; the next page continues where the first ended.
        candidate(account, job, "Late 1", null);
        candidate(account, job, "Late 2", null);
        String cursor2 = account.asKey().get(CANDIDATES + "?limit=2&cursor=" + cursor).then().statusCode(200)
                .body("data.id", contains(created.get(2), created.get(1)))
                .extract().path("pagination.next_cursor");
        account.asKey().get(CANDIDATES + "?limit=2&cursor=" + cursor2).then().statusCode(200)
                .body("data.id", contains(created.get(0)))
                .body("pagination.has_more", equalTo(false))
                .body("pagination.next_cursor", nullValue());
        account.asKey().get(CANDIDATES + "?limit=2&stage=hired&cursor=" + cursor).then()
                .statusCode(400).body("error.details[0].field", equalTo("cursor"));
        account.asKey().get(CANDIDATES + "?cursor=garbage!").then().statusCode(400);
        Set<Integer> seen = new HashSet<>();
        String next = null;
        do {
            ValidatableResponse page = account.asKey().get(CANDIDATES + "?limit=3" + (next == null ? "" : "&cursor=" + next)).then();
            List<Integer> ids = page.extract().path("data.id");
            for (Integer id : ids) {
                assertTrue(seen.add(id), "seen twice: " + id);
            }
            next = page.extract().path("pagination.next_cursor");
        } while (next != null);
        assertEquals(7, seen.size());
    }

    @Test
    void activitiesArePaginatedNewestFirst() {
        TestAccount account = newAccount();
        int id = candidate(account, createJob(account, "x", "y"), "H", null);
        for (String stage : new String[] { "applied", "phonescreen", "inprogress" }) {
            account.json().body(Map.of("stage", stage)).patch(CANDIDATES + "/" + id).then().statusCode(200);
        }
        String cursor = account.asKey().get(CANDIDATES + "/" + id + "/activities?limit=2").then()
                .body("data.data.to", contains("inprogress", "phonescreen"))
                .body("pagination.has_more", equalTo(true))
                .extract().path("pagination.next_cursor");
        account.asKey().get(CANDIDATES + "/" + id + "/activities?limit=2&cursor=" + cursor).then()
                .body("data.type", contains("stage_changed", "candidate_created"))
                .body("pagination.has_more", equalTo(false));
    }

    // ---- résumés ---------------------------------------------------------------------------------

    static ValidatableResponse awaitResume(TestAccount account, int id) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            ValidatableResponse response = account.asKey().get(CANDIDATES + "/" + id).then().statusCode(200);
            String status = response.extract().path("data.resume_status");
            if (status.equals("processed") || status.equals("failed")) {
                return response;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("résumé of candidate " + id + " was not processed");
    }

    @Test
    void multipartCreateWithAResumeEndsProcessedWithAFitScore() throws Exception {
        TestAccount account = newAccount();
        int job = createJob(account, "UI Designer",
                "Design accessible interfaces with Figma, prototyping and user research. 5+ years of product design.");
        Fixture designer = ResumeFixtures.file("heloise-dufresne-aubry-txt-plain.txt");
        ResumeLabel label = designer.label();
        String name = label.contact().firstName() + " " + label.contact().lastName();
        byte[] file = designer.bytes();
        int id = account.asKey()
                .multiPart("job_id", Integer.toString(job)).multiPart("name", name)
                .multiPart("email", label.contact().email()).multiPart("stage", "applied")
                .multiPart("resume", designer.name(), file, "text/plain")
                .post(CANDIDATES).then()
                .statusCode(201)
                .body("data.resume_status", matchesPattern("pending|processing|processed"))
                .body("data.resume_url", containsString("/api/v1/resume-files/"))
                .extract().path("data.id");
        ValidatableResponse done = awaitResume(account, id)
                .body("data.resume_status", equalTo("processed"))
                .body("data.fit_score", notNullValue())
                .body("data.resume_data.personalInfo.email", equalTo(label.contact().email()))
                .body("data.resume_data.personalInfo.name", equalTo(name))
                .body("data.resume_data.workExperience[0].company", equalTo(label.workExperience().get(0).company()))
                .body("data.resume_data.workExperience[0].isCurrent", equalTo(true))
                .body("data.resume_data.education[0].fieldOfStudy", equalTo(label.education().get(0).fieldOfStudy()))
                .body("data.resume_data.skills", org.hamcrest.Matchers.hasItem("Figma"));
        int score = done.extract().path("data.fit_score");
        assertTrue(score >= 50 && score <= 100, "a designer with Figma and prototyping fits: " + score);
        account.asKey().get(CANDIDATES + "/" + id + "/activities").then()
                .body("data[0].type", equalTo("resume_processed"))
                .body("data[0].data.fit_score", equalTo(score))
                .body("data.type", org.hamcrest.Matchers.hasItem("resume_uploaded"));

        // The signed link serves the file without an API key.
        String url = done.extract().path("data.resume_url");
        String path = url.substring(url.indexOf("/api/v1/"));
        byte[] downloaded = given().get(path).then().statusCode(200)
                .header("Content-Disposition", containsString(designer.name())).extract().asByteArray();
        assertArrayEquals(file, downloaded);
        String token = path.substring(path.lastIndexOf('/') + 1);
        // Change the signature's first character (to one it is not), so the token really differs.
        char first = token.charAt(token.indexOf('.') + 1);
        String tampered = token.substring(0, token.indexOf('.')) + "." + (first == 'A' ? 'B' : 'A') + token.substring(token.indexOf('.') + 2);
        given().get("/api/v1/resume-files/" + tampered).then().statusCode(403).body("error.code", equalTo("forbidden"));
        given().get("/api/v1/resume-files/not-a-token").then().statusCode(403);
    }

    @Test
    void expiredResumeLinksAre410() throws Exception {
        TestAccount account = newAccount();
        int job = createJob(account, "x", "y");
        int id = account.asKey().multiPart("job_id", Integer.toString(job)).multiPart("name", "Old Link")
                .multiPart("resume", "cv.md", ResumeFixtures.file("nadia-brightwater-md-headings.md").bytes(), "text/markdown")
                .post(CANDIDATES).then().statusCode(201).extract().path("data.id");
        ValidatableResponse candidate = awaitResume(account, id);
        String publicId = candidate.extract().path("data.public_id");
        String url = candidate.extract().path("data.resume_url");
        String token = url.substring(url.lastIndexOf('/') + 1);
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        UUID fileId = UUID.fromString(payload.split(":")[1]);
        String expired = links.token(UUID.fromString(publicId), fileId, Instant.now().minus(Duration.ofHours(25)));
        given().get("/api/v1/resume-files/" + expired).then().statusCode(410).body("error.code", equalTo("link_expired"));
    }

    @Test
    void replacingTheResumeReparsesAndRescores() throws Exception {
        TestAccount account = newAccount();
        int job = createJob(account, "Data Scientist", "Python, SQL, statistics, forecasting, experiments.");
        int id = candidate(account, job, "Swap", null);
        account.asKey().multiPart("resume", "first.txt", ResumeFixtures.file("heloise-dufresne-aubry-txt-plain.txt").bytes(),
                "text/plain")
                .post(CANDIDATES + "/" + id + "/resume").then().statusCode(200)
                .body("data.resume_status", matchesPattern("pending|processing|processed"));
        int before = awaitResume(account, id).extract().path("data.fit_score");
        Fixture dataScientist = ResumeFixtures.pdf(ResumeFixtures.DATA_SCIENTIST, Layout.CLASSIC);
        account.asKey().multiPart("resume", "second.pdf", dataScientist.bytes(), "application/pdf")
                .post(CANDIDATES + "/" + id + "/resume").then().statusCode(200);
        ResumeLabel.Contact contact = dataScientist.label().contact();
        ValidatableResponse after = awaitResume(account, id)
                .body("data.resume_data.personalInfo.name", equalTo(contact.firstName() + " " + contact.lastName()));
        int rescored = after.extract().path("data.fit_score");
        assertTrue(rescored > before, "a data scientist fits a data scientist job better: " + before + " -> " + rescored);
        account.asKey().multiPart("resume", "x.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "image/png")
                .post(CANDIDATES + "/" + id + "/resume").then().statusCode(415).body("error.code", equalTo("unsupported_media_type"));
    }

    @Test
    void sameResumeAndJobAlwaysScoreTheSame() throws Exception {
        TestAccount account = newAccount();
        String description = "Kubernetes, Go, PostgreSQL, distributed systems. 6+ years.";
        int jobA = createJob(account, "Senior Software Engineer", description);
        int jobB = createJob(account, "Senior Software Engineer", description);
        List<Integer> scores = new ArrayList<>();
        for (int job : new int[] { jobA, jobB }) {
            int id = account.asKey().multiPart("job_id", Integer.toString(job)).multiPart("name", "Same")
                    .multiPart("resume", "cv.txt", ResumeFixtures.file("callum-fairweather-txt-ascii.txt").bytes(), "text/plain")
                    .post(CANDIDATES).then().statusCode(201).extract().path("data.id");
            scores.add(awaitResume(account, id).extract().path("data.fit_score"));
        }
        assertEquals(scores.get(0), scores.get(1));
    }
}
