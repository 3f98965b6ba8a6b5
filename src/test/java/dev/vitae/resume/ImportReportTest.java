package dev.vitae.resume;

import static dev.vitae.resume.ProfileImportTest.awaitImport;
import static dev.vitae.resume.ProfileImportTest.importFile;
import static dev.vitae.resume.ProfileImportTest.upload;
import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.getProfile;
import static dev.vitae.support.Api.newAccount;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.ResumeFiles;
import dev.vitae.support.ResumeFixtures;
import dev.vitae.support.fixtures.variants.Variant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The import report kept with a profile: what the last import saw, so its owner knows what to check. */
@QuarkusTest
class ImportReportTest {

    private static final String TWO_COLUMN_WARNING = "two-column layout: the side column was read after the main one";

    @Test
    void aPlainTextImportReportsItsFormatLayoutAndSections() {
        TestAccount account = newAccount();
        String id = importFile(account, "cv.txt", ResumeFixtures.file("heloise-dufresne-aubry-txt-plain.txt").bytes());
        awaitImport(account, id)
                .body("status", equalTo("ready"))
                .body("import_report.format", equalTo("txt"))
                .body("import_report.layout", equalTo("plain_text"))
                .body("import_report.pages", nullValue())
                .body("import_report.sections", hasItems("contact", "work", "education", "skills"))
                .body("import_report.warnings", not(hasItem("no name found")))
                .body("import_report.warnings", not(hasItem("no work history found")));
    }

    @Test
    void aSidebarPdfIsReportedAsTwoColumnsWithItsPages() {
        TestAccount account = newAccount();
        byte[] pdf = ResumeFixtures.layoutVariant(ResumeFixtures.DATA_SCIENTIST, Variant.SIDEBAR_RIGHT).bytes();
        String id = importFile(account, "cv.pdf", pdf);
        awaitImport(account, id)
                .body("status", equalTo("ready"))
                .body("import_report.format", equalTo("pdf"))
                .body("import_report.pages", equalTo(1))
                .body("import_report.layout", equalTo("two_column"))
                .body("import_report.sections", hasItems("contact", "work", "education"))
                .body("import_report.warnings", hasItem(TWO_COLUMN_WARNING));
    }

    @Test
    void whatCouldNotBeReadIsWarnedAbout() {
        TestAccount account = newAccount();
        String text = """
                Rosalind Achterberg
                rosalind.achterberg@example.org

                Skills
                Knitting, bookbinding, Python
                Qwxzkvbnmrtplkjhgfdsazxcvbnmqw Plmoknijbuhvygctfxrdzeswaq Zxcvbnmasdfghjklqwertyuiopzx
                """;
        String id = importFile(account, "notes.txt", text.getBytes(StandardCharsets.UTF_8));
        awaitImport(account, id)
                .body("status", equalTo("ready"))
                .body("import_report.warnings", hasItems("no phone number found", "no work history found", "no education found",
                        "text may be garbled (characters from overlapping lines or a font without a text mapping)"))
                .body("import_report.warnings", not(hasItem("no name found")));
    }

    @Test
    void aProfileWithoutAnImportHasNoReportAndTheReportIsReadOnly() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        getProfile(account, id).body("import_report", nullValue());
        account.json().body("{\"import_report\": {\"format\": \"pdf\"}}").patch(PROFILES + "/" + id).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("import_report"))
                .body("errors[0].message", equalTo("is read-only"));
    }

    @Test
    void aFailedImportLeavesNoReportOfTheOneBefore() {
        TestAccount account = newAccount();
        String id = importFile(account, "cv.md", ResumeFixtures.file("nadia-brightwater-md-headings.md").bytes());
        awaitImport(account, id).body("import_report.format", equalTo("md"));
        upload(account, PROFILES + "/" + id + "/resume", "locked.pdf", ResumeFiles.encryptedPdf(), "application/pdf")
                .statusCode(202);
        awaitImport(account, id)
                .body("status", equalTo("import_failed"))
                .body("import_report", nullValue());
    }

    /**
     * While a new import runs, the report of the last one is gone: it described another file.
     * Whenever the profile is seen importing, it has no report (checked over several re-imports,
     * as the worker may finish before the first read).
     */
    @Test
    void aReimportClearsTheReportUntilItFinishes() {
        TestAccount account = newAccount();
        byte[] resume = ResumeFixtures.layoutVariant(ResumeFixtures.BACKEND_ENGINEER, Variant.TEX_FRAGMENTS).bytes();
        String id = importFile(account, "cv.pdf", resume);
        awaitImport(account, id).body("import_report.format", equalTo("pdf"));
        int seenImporting = 0;
        for (int round = 0; round < 30 && seenImporting < 3; round++) {
            upload(account, PROFILES + "/" + id + "/resume", "cv.pdf", resume, "application/pdf").statusCode(202);
            JsonPath seen = account.asKey().get(PROFILES + "/" + id).then().statusCode(200).extract().jsonPath();
            if ("importing".equals(seen.getString("status"))) {
                seenImporting++;
                assertTrue(seen.getMap("").containsKey("import_report"), "import_report is always present");
                assertTrue(seen.get("import_report") == null, "no report while importing: " + seen.get("import_report"));
            }
            awaitImport(account, id).body("status", equalTo("ready")).body("import_report.sections", hasItem("work"));
        }
        assertTrue(seenImporting > 0, "the profile was never seen importing");
    }

    @Test
    void sectionsAreListedInTheOrderTheyFirstAppear() {
        TestAccount account = newAccount();
        String text = """
                Ana Lima
                ana.lima@example.com | +55 11 95555-0101

                Education
                BSc Computer Science, Universidade de São Paulo, 2012 – 2016

                Experience
                Backend Engineer, Nubank, 2017 – 2021
                """;
        String id = importFile(account, "cv.txt", text.getBytes(StandardCharsets.UTF_8));
        awaitImport(account, id).body("import_report.sections", contains("contact", "education", "work"));
    }
}
