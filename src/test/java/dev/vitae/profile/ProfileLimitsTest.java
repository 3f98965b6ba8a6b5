package dev.vitae.profile;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.newAccount;
import static org.hamcrest.Matchers.equalTo;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.vitae.support.Api.TestAccount;
import io.quarkus.test.junit.QuarkusTest;

/** Every documented limit: at the limit passes, one over fails naming the field. */
@QuarkusTest
class ProfileLimitsTest {

    private TestAccount account;
    private String id;

    @BeforeEach
    void profile() {
        account = newAccount();
        id = createProfile(account);
    }

    @ParameterizedTest(name = "{0} accepts {1}, rejects {2}")
    @CsvSource({
            "name, 100",
            "cover_letter_template, 10000",
            "contact.first_name, 100",
            "contact.last_name, 100",
            "contact.preferred_name, 100",
            "links.linkedin, 500",
            "links.website, 500",
            "location.address_line1, 200",
            "location.address_line2, 200",
            "location.city, 100",
            "location.state, 100",
            "location.postal_code, 20",
            "location.country, 100",
            "work_experience.company, 200",
            "work_experience.title, 200",
            "work_experience.location, 200",
            "work_experience.description, 10000",
            "education.school, 200",
            "education.degree, 200",
            "education.field_of_study, 200",
            "education.gpa, 20",
            "memories.item, 1000",
    })
    void stringLimits(String field, int limit) {
        account.json().body(bodyWithString(field, limit)).patch(PROFILES + "/" + id).then().statusCode(200);
        account.json().body(bodyWithString(field, limit + 1)).patch(PROFILES + "/" + id).then()
                .statusCode(400)
                .body("code", equalTo("validation_error"))
                .body("errors[0].field", equalTo(errorField(field)));
    }

    @org.junit.jupiter.api.Test
    void emailAndCountryItemsAndSalaryHaveLimitsToo() {
        String email254 = "a".repeat(64) + "@" + "d".repeat(61) + "." + "e".repeat(60) + "." + "f".repeat(63) + ".io";
        org.junit.jupiter.api.Assertions.assertEquals(254, email254.length());
        account.json().body(contact(email254)).patch(PROFILES + "/" + id).then().statusCode(200);
        account.json().body(contact("x" + email254)).patch(PROFILES + "/" + id).then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("contact.email"));
        account.json().body("{\"eligibility\": {\"work_authorized_countries\": [\"" + "c".repeat(100) + "\"]}}")
                .patch(PROFILES + "/" + id).then().statusCode(200);
        account.json().body("{\"eligibility\": {\"work_authorized_countries\": [\"" + "c".repeat(101) + "\"]}}")
                .patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("eligibility.work_authorized_countries[0]"));
        account.json().body("{\"preferences\": {\"preferred_locations\": [\"" + "l".repeat(201) + "\"]}}")
                .patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("preferences.preferred_locations[0]"));
        account.json().body("{\"preferences\": {\"salary_expectation\": {\"amount\": 1000000000, \"currency\": \"USD\", \"period\": \"year\"}}}")
                .patch(PROFILES + "/" + id).then().statusCode(200);
        account.json().body("{\"preferences\": {\"salary_expectation\": {\"amount\": 1000000001, \"currency\": \"USD\", \"period\": \"year\"}}}")
                .patch(PROFILES + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("preferences.salary_expectation.amount"));
    }

    private static String contact(String email) {
        return "{\"contact\": {\"first_name\": \"A\", \"last_name\": \"B\", \"email\": \"" + email + "\"}}";
    }

    @ParameterizedTest(name = "{0} holds {1} items")
    @CsvSource({
            "work_experience, 50",
            "education, 20",
            "memories, 100",
            "eligibility.work_authorized_countries, 50",
            "preferences.preferred_locations, 50",
    })
    void arrayLimits(String field, int limit) {
        account.json().body(bodyWithItems(field, limit)).patch(PROFILES + "/" + id).then().statusCode(200);
        account.json().body(bodyWithItems(field, limit + 1)).patch(PROFILES + "/" + id).then()
                .statusCode(400)
                .body("errors[0].field", equalTo(field));
    }

    private static String bodyWithString(String field, int length) {
        String value = field.startsWith("links.") ? url(length) : "x".repeat(length);
        return switch (field) {
            case "name", "cover_letter_template" -> "{\"" + field + "\": \"" + value + "\"}";
            case "memories.item" -> "{\"memories\": [\"" + value + "\"]}";
            case "work_experience.company", "work_experience.title", "work_experience.location",
                    "work_experience.description" ->
                "{\"work_experience\": [{\"" + leaf(field) + "\": \"" + value + "\"}]}";
            case "education.school", "education.degree", "education.field_of_study", "education.gpa" ->
                "{\"education\": [{\"" + leaf(field) + "\": \"" + value + "\"}]}";
            default -> {
                String section = field.substring(0, field.indexOf('.'));
                String extra = section.equals("contact")
                        ? contactExcept(leaf(field))
                        : "";
                yield "{\"" + section + "\": {" + extra + "\"" + leaf(field) + "\": \"" + value + "\"}}";
            }
        };
    }

    private static String errorField(String field) {
        return switch (field) {
            case "memories.item" -> "memories[0]";
            case "work_experience.company", "work_experience.title", "work_experience.location",
                    "work_experience.description" -> "work_experience[0]." + leaf(field);
            case "education.school", "education.degree", "education.field_of_study", "education.gpa" ->
                "education[0]." + leaf(field);
            default -> field;
        };
    }

    private static String contactExcept(String leaf) {
        StringBuilder out = new StringBuilder();
        for (String[] pair : new String[][] { { "first_name", "Ada" }, { "last_name", "Lovelace" }, { "email", "a@b.co" } }) {
            if (!pair[0].equals(leaf)) {
                out.append('"').append(pair[0]).append("\": \"").append(pair[1]).append("\", ");
            }
        }
        return out.toString();
    }

    private static String bodyWithItems(String field, int count) {
        String item = switch (field) {
            case "work_experience" -> "{\"company\": \"Acme\"}";
            case "education" -> "{\"school\": \"UCL\"}";
            default -> "\"item\"";
        };
        String array = "[" + IntStream.range(0, count).mapToObj(i -> item).collect(Collectors.joining(",")) + "]";
        if (!field.contains(".")) {
            return "{\"" + field + "\": " + array + "}";
        }
        return "{\"" + field.substring(0, field.indexOf('.')) + "\": {\"" + leaf(field) + "\": " + array + "}}";
    }

    private static String leaf(String field) {
        return field.substring(field.indexOf('.') + 1);
    }

    private static String url(int length) {
        String prefix = "https://example.com/";
        return prefix + "a".repeat(length - prefix.length());
    }
}
