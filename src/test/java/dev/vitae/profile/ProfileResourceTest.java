package dev.vitae.profile;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.getProfile;
import static dev.vitae.support.Api.newAccount;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.Database;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProfileResourceTest {

    private static final String FULL = """
            {"name": "Job hunt 2026",
             "contact": {"first_name": "Ada", "last_name": "Lovelace", "preferred_name": "Ada",
                         "email": "ada@example.com", "phone": "+44 20 7946 0958", "date_of_birth": "1990-12-10"},
             "location": {"address_line1": "1 Main St", "city": "London", "postal_code": "N1 9GU", "country": "GB"},
             "links": {"linkedin": "https://www.linkedin.com/in/ada", "github": "https://github.com/ada"},
             "work_experience": [
               {"company": "Acme", "title": "Senior Engineer", "start_date": "2021-03", "end_date": null, "is_current": true},
               {"company": "Initech", "title": "Engineer", "start_date": "2018", "end_date": "2021-02", "is_current": false}],
             "education": [{"school": "UCL", "degree": "BSc", "field_of_study": "Mathematics",
                            "start_date": "2012", "end_date": "2015", "gpa": "3.8/4.0"}],
             "eligibility": {"work_authorized_countries": ["GB", "IE"], "requires_sponsorship": false},
             "preferences": {"salary_expectation": {"amount": 95000, "currency": "GBP", "period": "year"},
                             "earliest_start_date": "2026-09-01", "willing_to_relocate": true,
                             "remote_preference": "hybrid", "preferred_locations": ["London", "Dublin"]},
             "self_identification": {"gender": "female", "ethnicity": "prefer_not_to_say",
                                     "veteran_status": "not_a_veteran", "disability_status": "no", "lgbtq": "prefer_not_to_say"},
             "memories": ["8 years of backend engineering experience"],
             "cover_letter_template": "Dear hiring manager, ..."}""";

    @Inject
    Database db;

    @Test
    void createReturns201WithLocationETagAndEverySection() {
        TestAccount account = newAccount();
        String id = account.json().body(FULL).post(PROFILES).then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("name", equalTo("Job hunt 2026"))
                .body("status", equalTo("ready"))
                .body("import_error", nullValue())
                .body("contact.first_name", equalTo("Ada"))
                .body("contact.date_of_birth", equalTo("1990-12-10"))
                .body("location.city", equalTo("London"))
                .body("links.github", equalTo("https://github.com/ada"))
                .body("work_experience", hasSize(2))
                .body("work_experience[0].is_current", equalTo(true))
                .body("education[0].gpa", equalTo("3.8/4.0"))
                .body("eligibility.work_authorized_countries", contains("GB", "IE"))
                .body("preferences.salary_expectation.currency", equalTo("GBP"))
                .body("preferences.salary_expectation.period", equalTo("year"))
                .body("preferences.remote_preference", equalTo("hybrid"))
                .body("self_identification.gender", equalTo("female"))
                .body("memories", contains("8 years of backend engineering experience"))
                .body("cover_letter_template", equalTo("Dear hiring manager, ..."))
                .body("resume", nullValue())
                .body("created_at", notNullValue())
                .extract().path("id");

        String location = account.json().body(FULL).post(PROFILES).then().extract().header("Location");
        String second = account.asKey().get(location).then().statusCode(200).extract().path("id");
        assertEquals(true, location.endsWith(PROFILES + "/" + second));
        getProfile(account, id).statusCode(200).header("ETag", "\"0\"").body("preferences.preferred_locations", hasSize(2));
    }

    @Test
    void absentSectionsStartEmptyAndNameDefaults() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        getProfile(account, id)
                .body("name", equalTo("Default"))
                .body("contact", equalTo(Map.of("first_name", "Ada", "last_name", "Lovelace", "email", "ada@example.com")))
                .body("location", equalTo(Map.of()))
                .body("links", equalTo(Map.of()))
                .body("work_experience", empty())
                .body("education", empty())
                .body("eligibility", equalTo(Map.of()))
                .body("preferences", equalTo(Map.of()))
                .body("self_identification", equalTo(Map.of()))
                .body("memories", empty())
                .body("$", hasKey("cover_letter_template"))
                .body("cover_letter_template", nullValue())
                .body("$", hasKey("resume"))
                .body("resume", nullValue())
                .body("$", hasKey("import_error"));
    }

    @Test
    void aSectionListsOnlyTheFieldsThatHoldAValue() {
        TestAccount account = newAccount();
        String id = createProfile(account, """
                {"contact": {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com", "phone": null},
                 "eligibility": {"requires_sponsorship": false, "work_authorized_countries": []},
                 "preferences": {"preferred_locations": ["Berlin"], "salary_expectation": null},
                 "work_experience": [{"company": "Acme", "title": "Engineer", "start_date": "2020", "is_current": true}]}""");
        getProfile(account, id)
                .body("contact", not(hasKey("phone")))
                .body("eligibility", equalTo(Map.of("requires_sponsorship", false)))
                .body("preferences", equalTo(Map.of("preferred_locations", List.of("Berlin"))))
                .body("work_experience[0]", equalTo(Map.of("company", "Acme", "title", "Engineer", "start_date", "2020",
                        "is_current", true)));
        // Listed fields are never null: clearing one removes it.
        account.json().body("{\"preferences\": {\"preferred_locations\": [], \"willing_to_relocate\": true}}")
                .patch(PROFILES + "/" + id).then().statusCode(200)
                .body("preferences", equalTo(Map.of("willing_to_relocate", true)));
    }

    @Test
    void listIsABareArrayNewestFirst() {
        TestAccount account = newAccount();
        account.asKey().get(PROFILES).then().statusCode(200).body("$", empty());
        String first = createProfile(account);
        String second = createProfile(account);
        String third = createProfile(account);
        account.asKey().get(PROFILES).then().statusCode(200).body("id", contains(third, second, first));
    }

    @Test
    void patchReplacesOnlyTheSectionsPresent() {
        TestAccount account = newAccount();
        String id = createProfile(account, FULL);
        account.json().body("""
                {"work_experience": [{"company": "Globex", "title": "CTO", "start_date": "2024-01", "is_current": true}],
                 "links": {"website": "https://ada.dev"}}""")
                .patch(PROFILES + "/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("work_experience", hasSize(1))
                .body("work_experience[0].company", equalTo("Globex"))
                .body("work_experience[0].title", equalTo("CTO"))
                // the whole links section was replaced: github is gone
                .body("links.website", equalTo("https://ada.dev"))
                .body("links.github", nullValue())
                // untouched sections
                .body("education", hasSize(1))
                .body("contact.email", equalTo("ada@example.com"))
                .body("preferences.remote_preference", equalTo("hybrid"))
                .body("cover_letter_template", equalTo("Dear hiring manager, ..."));
    }

    @Test
    void emptyObjectsAndArraysClearSections() {
        TestAccount account = newAccount();
        String id = createProfile(account, FULL);
        account.json().body("""
                {"location": {}, "links": {}, "work_experience": [], "education": [], "eligibility": {},
                 "preferences": {}, "self_identification": {}, "memories": []}""")
                .patch(PROFILES + "/" + id).then().statusCode(200);
        getProfile(account, id)
                .body("location", equalTo(Map.of()))
                .body("links", equalTo(Map.of()))
                .body("work_experience", empty())
                .body("education", empty())
                .body("eligibility", equalTo(Map.of()))
                .body("preferences", equalTo(Map.of()))
                .body("self_identification", equalTo(Map.of()))
                .body("memories", empty())
                .body("contact.first_name", equalTo("Ada"));
    }

    @Test
    void nullSectionsClearLikeEmptyOnes() {
        TestAccount account = newAccount();
        String id = createProfile(account, FULL);
        account.json().body("{\"links\": null, \"memories\": null}").patch(PROFILES + "/" + id).then()
                .statusCode(200)
                .body("links", equalTo(Map.of()))
                .body("memories", empty());
    }

    @Test
    void contactCannotBeClearedOrLoseRequiredFields() {
        TestAccount account = newAccount();
        String id = createProfile(account, FULL);
        account.json().body("{\"contact\": {}}").patch(PROFILES + "/" + id).then()
                .statusCode(400)
                .body("code", equalTo("validation_error"))
                .body("errors.field", contains("contact.email", "contact.first_name", "contact.last_name"));
        account.json().body("{\"contact\": null}").patch(PROFILES + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("contact"));
        account.json().body("{\"contact\": {\"first_name\": \"Ada\", \"last_name\": \"L\"}}").patch(PROFILES + "/" + id)
                .then().statusCode(400).body("errors.field", contains("contact.email"));
        // Replacing contact drops optional fields that are not sent again.
        account.json().body("{\"contact\": {\"first_name\": \"Augusta\", \"last_name\": \"King\", \"email\": \"a@k.org\"}}")
                .patch(PROFILES + "/" + id).then().statusCode(200)
                .body("contact.first_name", equalTo("Augusta"))
                .body("contact.phone", nullValue());
    }

    @Test
    void createRequiresContactWithNamesAndEmail() {
        TestAccount account = newAccount();
        account.json().body("{\"name\": \"x\"}").post(PROFILES).then()
                .statusCode(400).body("errors[0].field", equalTo("contact"));
        account.json().body("{\"contact\": {\"first_name\": \"  \", \"last_name\": \"L\", \"email\": \"not-an-email\"}}")
                .post(PROFILES).then()
                .statusCode(400)
                .body("errors.field", contains("contact.email", "contact.first_name"));
        account.asKey().get(PROFILES).then().body("$", empty());
    }

    @Test
    void coverLetterEmptyStringClearsAndAbsentLeavesIt() {
        TestAccount account = newAccount();
        String id = createProfile(account, FULL);
        account.json().body("{\"name\": \"Renamed\"}").patch(PROFILES + "/" + id).then()
                .statusCode(200).body("cover_letter_template", equalTo("Dear hiring manager, ..."));
        account.json().body("{\"cover_letter_template\": \"\"}").patch(PROFILES + "/" + id).then()
                .statusCode(200).body("cover_letter_template", nullValue()).body("name", equalTo("Renamed"));
    }

    @Test
    void unknownAndReadOnlyFieldsAreRejectedByName() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        account.json().body("{\"contact\": {\"frist_name\": \"Ada\", \"last_name\": \"L\", \"email\": \"a@b.co\"}}")
                .patch(PROFILES + "/" + id).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("contact.frist_name"))
                .body("errors[0].message", equalTo("unknown field"));
        for (String readOnly : new String[] { "id", "status", "import_error", "import_report", "resume", "created_at", "updated_at" }) {
            account.json().body("{\"" + readOnly + "\": null}").patch(PROFILES + "/" + id).then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo(readOnly))
                    .body("errors[0].message", equalTo("is read-only"));
        }
        account.json().body("{\"nickname\": \"x\"}").patch(PROFILES + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("nickname"));
        getProfile(account, id).header("ETag", "\"0\"");
    }

    @Test
    void emptyPatchIsRejected() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        account.json().body("{}").patch(PROFILES + "/" + id).then().statusCode(400).body("code", equalTo("validation_error"));
        account.json().body("[]").patch(PROFILES + "/" + id).then().statusCode(400);
    }

    @Test
    void enumsAcceptTheirValuesAndPreferNotToSay() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        account.json().body("""
                {"self_identification": {"gender": "prefer_not_to_say", "ethnicity": "prefer_not_to_say",
                 "veteran_status": "prefer_not_to_say", "disability_status": "prefer_not_to_say", "lgbtq": "prefer_not_to_say"},
                 "preferences": {"remote_preference": "no_preference"}}""")
                .patch(PROFILES + "/" + id).then().statusCode(200)
                .body("self_identification.veteran_status", equalTo("prefer_not_to_say"));
        account.json().body("{\"self_identification\": {\"ethnicity\": \"martian\"}}").patch(PROFILES + "/" + id).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("self_identification.ethnicity"))
                .body("errors[0].message", startsWith("must be one of: hispanic_or_latino"));
        account.json().body("{\"preferences\": {\"remote_preference\": \"REMOTE\"}}").patch(PROFILES + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("preferences.remote_preference"));
        account.json().body("{\"preferences\": {\"salary_expectation\": {\"amount\": 1, \"currency\": \"USD\", \"period\": \"decade\"}}}")
                .patch(PROFILES + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("preferences.salary_expectation.period"));
    }

    @Test
    void datesMustBeYearMonthOrDayAndReal() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        for (String ok : new String[] { "2020", "2020-02", "2020-02-29" }) {
            account.json().body("{\"work_experience\": [{\"company\": \"A\", \"start_date\": \"" + ok + "\"}]}")
                    .patch(PROFILES + "/" + id).then().statusCode(200);
        }
        for (String bad : new String[] { "2020-13", "2020/01", "Jan 2020", "20", "2021-02-29", "2020-1" }) {
            account.json().body("{\"work_experience\": [{\"company\": \"A\", \"start_date\": \"" + bad + "\"}]}")
                    .patch(PROFILES + "/" + id).then().statusCode(400)
                    .body("errors[0].field", equalTo("work_experience[0].start_date"));
        }
        account.json().body("{\"education\": [{\"school\": \"A\", \"start_date\": \"2020\", \"end_date\": \"2019-05\"}]}")
                .patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("education[0].end_date"));
        account.json().body("{\"contact\": {\"first_name\": \"A\", \"last_name\": \"B\", \"email\": \"a@b.co\", \"date_of_birth\": \"1990-02\"}}")
                .patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("contact.date_of_birth"));
        account.json().body("{\"preferences\": {\"earliest_start_date\": \"2026-02-30\"}}")
                .patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("preferences.earliest_start_date"));
    }

    @Test
    void currentPositionMustHaveNoEndDate() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        account.json().body("{\"work_experience\": [{\"company\": \"A\", \"start_date\": \"2020\", \"end_date\": \"2021\", \"is_current\": true}]}")
                .patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("work_experience[0].end_date"))
                .body("errors[0].message", equalTo("must be null when is_current is true"));
        account.json().body("{\"work_experience\": [{\"company\": \"A\", \"start_date\": \"2020\", \"end_date\": null, \"is_current\": true}]}")
                .patch(PROFILES + "/" + id).then().statusCode(200);
    }

    @Test
    void linksMustBeAbsoluteHttpUrls() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        for (String bad : new String[] { "github.com/ada", "ftp://example.com/x", "javascript:alert(1)", "https://", "not a url" }) {
            account.json().body("{\"links\": {\"github\": \"" + bad + "\"}}").patch(PROFILES + "/" + id).then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("links.github"))
                    .body("errors[0].message", equalTo("must be an absolute http(s) URL"));
        }
        account.json().body("{\"links\": {\"portfolio\": \"http://ada.example/work?x=1\"}}").patch(PROFILES + "/" + id)
                .then().statusCode(200);
    }

    @Test
    void salaryNeedsAllPartsAndAnIsoCurrency() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        account.json().body("{\"preferences\": {\"salary_expectation\": {\"amount\": 100, \"currency\": \"XYZ\", \"period\": \"year\"}}}")
                .patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("preferences.salary_expectation.currency"));
        account.json().body("{\"preferences\": {\"salary_expectation\": {\"amount\": -1, \"currency\": \"usd\"}}}")
                .patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors.field", contains("preferences.salary_expectation.amount",
                        "preferences.salary_expectation.currency", "preferences.salary_expectation.period"));
    }

    @Test
    void wrongTypesAreRejectedNotCoerced() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        account.json().body("{\"contact\": {\"first_name\": 42, \"last_name\": \"L\", \"email\": \"a@b.co\"}}")
                .patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("contact.first_name"));
        account.json().body("{\"eligibility\": {\"requires_sponsorship\": \"yes\"}}").patch(PROFILES + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("eligibility.requires_sponsorship"));
        account.json().body("{\"memories\": [\"ok\", 3]}").patch(PROFILES + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("memories[1]"));
        account.json().body("{\"location\": []}").patch(PROFILES + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("location"));
    }

    @Test
    void successfulPatchTurnsImportFailedIntoReady() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        db.setProfileStatus(id, "import_failed", "no email address found in the resume");
        getProfile(account, id).body("status", equalTo("import_failed"))
                .body("import_error", equalTo("no email address found in the resume"));
        // A rejected PATCH changes nothing, status included.
        account.json().body("{\"name\": \"\"}").patch(PROFILES + "/" + id).then().statusCode(400);
        getProfile(account, id).body("status", equalTo("import_failed"));
        account.json().body("{\"name\": \"Fixed by hand\"}").patch(PROFILES + "/" + id).then()
                .statusCode(200)
                .body("status", equalTo("ready"))
                .body("import_error", nullValue());
    }

    @Test
    void patchWhileImportingReturns409AndChangesNothing() {
        TestAccount account = newAccount();
        String id = createProfile(account, FULL);
        db.setProfileStatus(id, "importing", null);
        long version = db.profileVersion(id);
        account.json().body("{\"name\": \"Changed\", \"memories\": []}").patch(PROFILES + "/" + id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("profile_importing"))
                .body("status", equalTo(409))
                .body("title", equalTo("Conflict"))
                .body("detail", notNullValue())
                .body("message", notNullValue());
        getProfile(account, id).statusCode(200)
                .body("status", equalTo("importing"))
                .body("name", equalTo("Job hunt 2026"))
                .body("memories", hasSize(1));
        assertEquals(version, db.profileVersion(id));
    }

    @Test
    void deleteWorksAlsoWhileImporting() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        db.setProfileStatus(id, "importing", null);
        account.asKey().delete(PROFILES + "/" + id).then().statusCode(204).body(emptyOrNullString());
        getProfile(account, id).statusCode(404).body("code", equalTo("not_found"));
        account.asKey().delete(PROFILES + "/" + id).then().statusCode(404);
    }

    @Test
    void ifMatchGuardsPatchAndDelete() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        String etag = getProfile(account, id).extract().header("ETag");
        String next = account.json().header("If-Match", etag).body("{\"name\": \"One\"}")
                .patch(PROFILES + "/" + id).then().statusCode(200).extract().header("ETag");
        // The old tag is now stale: 412, and nothing changes.
        account.json().header("If-Match", etag).body("{\"name\": \"Two\"}").patch(PROFILES + "/" + id).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("precondition_failed"));
        account.asKey().header("If-Match", etag).delete(PROFILES + "/" + id).then()
                .statusCode(412).contentType("application/problem+json").body("code", equalTo("precondition_failed"));
        getProfile(account, id).body("name", equalTo("One")).header("ETag", next);
        account.json().header("If-Match", "W/" + next).body("{\"name\": \"Weak ok\"}").patch(PROFILES + "/" + id)
                .then().statusCode(200);
        account.json().header("If-Match", "*").body("{\"name\": \"Star ok\"}").patch(PROFILES + "/" + id)
                .then().statusCode(200);
        String current = getProfile(account, id).extract().header("ETag");
        account.asKey().header("If-Match", "\"999\", " + current).delete(PROFILES + "/" + id).then().statusCode(204);
    }

    @Test
    void unknownOrMalformedIdsAre404() {
        TestAccount account = newAccount();
        getProfile(account, "6b0c5a8e-0000-4000-8000-000000000000").statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not_found"));
        getProfile(account, "not-a-uuid").statusCode(404).contentType("application/problem+json");
    }
}
