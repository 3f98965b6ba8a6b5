package dev.vitae.profile;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.getProfile;
import static dev.vitae.support.Api.newAccount;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.Concurrently;
import io.quarkus.test.junit.QuarkusTest;

/** Concurrent writers to one profile never lose an update silently. */
@QuarkusTest
class ConcurrentPatchTest {

    @Test
    void concurrentPatchesOfDifferentSectionsAllSurvive() throws Exception {
        TestAccount account = newAccount();
        String id = createProfile(account);
        List<String> bodies = List.of(
                "{\"name\": \"Concurrent\"}",
                "{\"location\": {\"city\": \"Lisbon\"}}",
                "{\"links\": {\"github\": \"https://github.com/ada\"}}",
                "{\"memories\": [\"Key skills: Go, Kubernetes\"]}",
                "{\"eligibility\": {\"requires_sponsorship\": true}}",
                "{\"preferences\": {\"remote_preference\": \"remote\"}}",
                "{\"self_identification\": {\"gender\": \"female\"}}",
                "{\"education\": [{\"school\": \"UCL\"}]}",
                "{\"work_experience\": [{\"company\": \"Acme\"}]}",
                "{\"cover_letter_template\": \"Hello\"}");
        List<Integer> statuses = Concurrently.statuses(bodies.size(),
                i -> account.json().body(bodies.get(i)).patch(PROFILES + "/" + id).statusCode());
        assertEquals(bodies.size(), Concurrently.count(statuses, 200));
        getProfile(account, id)
                .header("ETag", "\"" + bodies.size() + "\"")
                .body("name", equalTo("Concurrent"))
                .body("location.city", equalTo("Lisbon"))
                .body("links.github", equalTo("https://github.com/ada"))
                .body("memories[0]", equalTo("Key skills: Go, Kubernetes"))
                .body("eligibility.requires_sponsorship", equalTo(true))
                .body("preferences.remote_preference", equalTo("remote"))
                .body("self_identification.gender", equalTo("female"))
                .body("education[0].school", equalTo("UCL"))
                .body("work_experience[0].company", equalTo("Acme"))
                .body("cover_letter_template", equalTo("Hello"));
    }

    @Test
    void concurrentConditionalPatchesWithOneETagLetExactlyOneWin() throws Exception {
        TestAccount account = newAccount();
        String id = createProfile(account);
        String etag = getProfile(account, id).extract().header("ETag");
        List<Integer> statuses = Concurrently.statuses(8, i -> account.json().header("If-Match", etag)
                .body("{\"name\": \"writer " + i + "\"}").patch(PROFILES + "/" + id).statusCode());
        assertEquals(1, Concurrently.count(statuses, 200));
        assertEquals(7, Concurrently.count(statuses, 412));
    }
}
