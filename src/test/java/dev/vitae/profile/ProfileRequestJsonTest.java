package dev.vitae.profile;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.getProfile;
import static dev.vitae.support.Api.newAccount;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import io.quarkus.test.junit.QuarkusTest;

/**
 * How a profile body is read (common.StrictJson, the typed ProfileRequest): strictly, and the
 * first problem Jackson meets is the one reported, naming its field.
 */
@QuarkusTest
class ProfileRequestJsonTest {

    @Test
    void aKeyGivenTwiceIs400NamingIt() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        account.json().body("{\"name\": \"One\", \"name\": \"Two\"}").patch(PROFILES + "/" + id).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation_error"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("is given more than once"));
        account.json().body("{\"work_experience\": [{\"company\": \"A\"}, {\"company\": \"B\", \"company\": \"C\"}]}")
                .patch(PROFILES + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("work_experience[1].company"));
        getProfile(account, id).header("ETag", "\"0\"").body("name", equalTo("Default"));
    }

    @Test
    void scalarsAreNeverCoerced() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        String[][] cases = {
                { "{\"name\": 42}", "name", "must be a string" },
                { "{\"name\": true}", "name", "must be a string" },
                { "{\"eligibility\": {\"requires_sponsorship\": \"true\"}}", "eligibility.requires_sponsorship",
                        "must be true or false" },
                { "{\"eligibility\": {\"requires_sponsorship\": 1}}", "eligibility.requires_sponsorship",
                        "must be true or false" },
                { "{\"preferences\": {\"salary_expectation\": {\"amount\": \"100\", \"currency\": \"USD\", \"period\": \"year\"}}}",
                        "preferences.salary_expectation.amount", "must be a number" },
                { "{\"memories\": \"one memory\"}", "memories", "must be an array" },
                { "{\"contact\": \"Ada\"}", "contact", "must be an object" },
                { "{\"work_experience\": {\"company\": \"A\"}}", "work_experience", "must be an array" },
        };
        for (String[] c : cases) {
            account.json().body(c[0]).patch(PROFILES + "/" + id).then()
                    .statusCode(400)
                    .body("errors.field", contains(c[1]))
                    .body("errors[0].message", equalTo(c[2]));
        }
        getProfile(account, id).header("ETag", "\"0\"");
    }

    @Test
    void theBodyMustBeOneJsonObject() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        account.json().body("[]").post(PROFILES).then().statusCode(400)
                .body("detail", equalTo("The request body must be a JSON object."));
        account.json().body("\"profile\"").patch(PROFILES + "/" + id).then().statusCode(400)
                .body("detail", equalTo("The request body must be a JSON object."));
        account.json().body("null").patch(PROFILES + "/" + id).then().statusCode(400)
                .body("detail", equalTo("A JSON object body is required."));
        account.json().body("{\"name\": \"A\"} {\"name\": \"B\"}").patch(PROFILES + "/" + id).then().statusCode(400)
                .body("code", equalTo("validation_error"));
        getProfile(account, id).header("ETag", "\"0\"");
    }

    @Test
    void nullsWhereTheContractAllowsNone() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        account.json().body("{\"name\": null}").patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors.field", contains("name")).body("errors[0].message", equalTo("must not be null"));
        account.json().body("{\"memories\": [\"ok\", null]}").patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors.field", contains("memories[1]"));
        account.json().body("{\"education\": [null]}").patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors.field", contains("education[0]"));
        account.json().body("{\"cover_letter_template\": null}").patch(PROFILES + "/" + id).then().statusCode(200)
                .body("cover_letter_template", nullValue());
    }

    @Test
    void validationReportsEveryInvalidFieldOfAReadableBody() {
        TestAccount account = newAccount();
        account.json().body("""
                {"name": "  ", "contact": {"first_name": "Ada", "last_name": "L", "email": "a@b.co"},
                 "links": {"github": "github.com/ada"}, "memories": ["two\\nlines"],
                 "work_experience": [{"company": "A", "start_date": "2020", "end_date": "2019"}]}""")
                .post(PROFILES).then().statusCode(400)
                .body("detail", equalTo("The request has 4 invalid fields."))
                .body("errors.field", contains("links.github", "memories[0]", "name", "work_experience[0].end_date"));
    }

    @Test
    void readOnlyFieldsInsideAnUnknownPlaceAreUnknown() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        account.json().body("{\"contact\": {\"first_name\": \"A\", \"last_name\": \"B\", \"email\": \"a@b.co\", \"id\": 1}}")
                .patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("contact.id"))
                .body("errors[0].message", equalTo("unknown field"));
        account.json().body("{\"created_at\": \"2026-01-01T00:00:00Z\"}").post(PROFILES).then().statusCode(400)
                .body("errors[0].message", containsString("read-only"));
    }
}
