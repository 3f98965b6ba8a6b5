package dev.vitae.resume;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.newAccount;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The README's walk-through works as written: the sample résumés it uploads ship with the
 * repository, and they import into what the README says they do.
 */
@QuarkusTest
class ExampleResumesTest {

    private static final Path EXAMPLES = Path.of("docs", "examples");

    @Test
    void everyFileTheReadmeUploadsShipsWithTheRepository() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher upload = Pattern.compile("=@([^\\s\"'|)]+)").matcher(readme);
        List<String> files = new ArrayList<>();
        while (upload.find()) {
            files.add(upload.group(1));
        }
        assertTrue(files.size() >= 3, "the README uploads files: " + files);
        for (String file : files) {
            Path path = Path.of(file).normalize();
            assertTrue(!path.isAbsolute() && !path.startsWith(".."), "inside the repository: " + file);
            assertTrue(Files.isRegularFile(path), "ships with the repository: " + file);
        }
    }

    @Test
    void theSampleResumeImportsAsTheReadmeSays() throws IOException {
        TestAccount account = newAccount();
        byte[] resume = Files.readAllBytes(EXAMPLES.resolve("maya-okonkwo.md"));
        String id = account.asKey().multiPart("file", "maya-okonkwo.md", resume, "text/markdown")
                .post(PROFILES + "/import").then().statusCode(202).extract().path("profile_id");
        account.asKey().header("Prefer", "wait=30").get(PROFILES + "/" + id).then()
                .statusCode(200)
                .body("status", equalTo("ready"))
                .body("import_error", nullValue())
                .body("contact.first_name", equalTo("Maya"))
                .body("contact.last_name", equalTo("Okonkwo"))
                .body("contact.email", equalTo("maya.okonkwo@example.com"))
                .body("location.city", equalTo("Toronto"))
                .body("location.state", equalTo("ON"))
                .body("location.country", equalTo("Canada"))
                .body("links.github", equalTo("https://github.com/maya-okonkwo-example"))
                .body("work_experience", hasSize(3))
                .body("work_experience[0].company", equalTo("Northwind Payments"))
                .body("work_experience[0].title", equalTo("Senior Backend Engineer"))
                .body("work_experience[0].start_date", equalTo("2022-03"))
                .body("work_experience[0].is_current", equalTo(true))
                .body("education[0].school", equalTo("Dalhousie University"))
                .body("memories", hasItem(startsWith("Key skills: Java")));

        byte[] newer = Files.readAllBytes(EXAMPLES.resolve("maya-okonkwo-2026.txt"));
        account.asKey().multiPart("file", "maya-okonkwo-2026.txt", newer, "text/plain")
                .post(PROFILES + "/" + id + "/resume").then().statusCode(202);
        account.asKey().header("Prefer", "wait=30").get(PROFILES + "/" + id).then()
                .statusCode(200)
                .body("status", equalTo("ready"))
                .body("work_experience", hasSize(4))
                .body("work_experience[0].company", equalTo("Northwind Payments"))
                .body("work_experience[0].title", equalTo("Staff Engineer"))
                .body("work_experience[0].start_date", equalTo("2026-01"))
                .body("work_experience[0].is_current", equalTo(true));
        byte[] downloaded = account.asKey().get(PROFILES + "/" + id + "/resume").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("maya-okonkwo-2026.txt"))
                .extract().asByteArray();
        assertEquals(new String(newer, java.nio.charset.StandardCharsets.UTF_8),
                new String(downloaded, java.nio.charset.StandardCharsets.UTF_8));
    }
}
