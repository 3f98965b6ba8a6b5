package dev.vitae.resume;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.getProfile;
import static dev.vitae.support.Api.newAccount;
import static dev.vitae.support.SameUrl.sameUrl;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.vitae.common.Hashes;
import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.Database;
import dev.vitae.support.ResumeFiles;
import dev.vitae.support.ResumeFixtures;
import dev.vitae.support.ResumeFixtures.Fixture;
import dev.vitae.support.fixtures.Layout;
import dev.vitae.support.fixtures.ResumeLabel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The asynchronous import: upload, lifecycle, failures, fences, leases and waiting. */
@QuarkusTest
class ProfileImportTest {

    @Inject
    Database db;

    static ValidatableResponse upload(TestAccount account, String path, String fileName, byte[] bytes, String type) {
        return account.asKey().multiPart("file", fileName, bytes, type).post(path).then();
    }

    static String importFile(TestAccount account, String fileName, byte[] bytes) {
        return upload(account, PROFILES + "/import", fileName, bytes, "application/octet-stream")
                .statusCode(202).extract().path("profile_id");
    }

    static ValidatableResponse awaitImport(TestAccount account, String id) {
        return account.asKey().header("Prefer", "wait=30").get(PROFILES + "/" + id).then().statusCode(200);
    }

    @Test
    void importAnswers202ThenTheProfileBecomesReadyWithTheResumeFilled() {
        TestAccount account = newAccount();
        Fixture resume = ResumeFixtures.file("heloise-dufresne-aubry-txt-plain.txt");
        ResumeLabel label = resume.label();
        byte[] file = resume.bytes();
        String id = upload(account, PROFILES + "/import", resume.name(), file, "text/plain")
                .statusCode(202)
                .header("Location", containsString(PROFILES + "/"))
                .body("status", equalTo("importing"))
                .body("profile_id", notNullValue())
                .extract().path("profile_id");
        awaitImport(account, id)
                .header("Preference-Applied", "wait=30")
                .body("status", equalTo("ready"))
                .body("import_error", equalTo(null))
                .body("contact.first_name", equalTo(label.contact().firstName()))
                .body("contact.last_name", equalTo(label.contact().lastName()))
                .body("contact.email", equalTo(label.contact().email()))
                .body("location.city", equalTo(label.location().city()))
                .body("links.linkedin", sameUrl(label.links().linkedin()))
                .body("work_experience[0].company", equalTo(label.workExperience().get(0).company()))
                .body("work_experience[0].is_current", equalTo(true))
                .body("education[0].school", equalTo(label.education().get(0).school()))
                .body("memories", hasItem(startsWith("Key skills: " + label.skills().get(0) + ", ")))
                .body("resume.file_name", equalTo(resume.name()))
                .body("resume.content_type", equalTo("text/plain"))
                .body("resume.size_bytes", equalTo(file.length))
                .body("resume.sha256", equalTo(Hashes.sha256Hex(file)))
                .body("resume.uploaded_at", notNullValue());
    }

    @Test
    void everyFormatImportsAndTheOriginalCanBeDownloaded() {
        TestAccount account = newAccount();
        for (Fixture resume : List.of(ResumeFixtures.pdf(ResumeFixtures.DATA_SCIENTIST, Layout.CLASSIC),
                ResumeFixtures.docx(ResumeFixtures.BACKEND_ENGINEER, Layout.COMPANY_FIRST),
                ResumeFixtures.file("nadia-brightwater-md-headings.md"),
                ResumeFixtures.file("heloise-dufresne-aubry-rtf-word.rtf"),
                ResumeFixtures.file("callum-fairweather-txt-ascii.txt"))) {
            String id = importFile(account, resume.name(), resume.bytes());
            awaitImport(account, id).body("status", equalTo("ready"))
                    .body("contact.email", equalTo(resume.label().contact().email()))
                    .body("resume.content_type", equalTo(ResumeFormat.valueOf(resume.extension().toUpperCase(Locale.ROOT)).contentType()));
            byte[] downloaded = account.asKey().get(PROFILES + "/" + id + "/resume").then()
                    .statusCode(200)
                    .header("Content-Disposition", containsString("filename=\"" + resume.name() + "\""))
                    .extract().asByteArray();
            assertArrayEquals(resume.bytes(), downloaded, resume.name());
        }
    }

    @Test
    void typeIsJudgedByBytesNotName() {
        TestAccount account = newAccount();
        String id = importFile(account, "resume.txt", ResumeFixtures.pdf(ResumeFixtures.DESIGNER, Layout.COMPANY_FIRST).bytes());
        awaitImport(account, id).body("status", equalTo("ready")).body("resume.content_type", equalTo("application/pdf"));
        upload(account, PROFILES + "/import", "resume.pdf", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 },
                "application/pdf")
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("unsupported_media_type"));
        upload(account, PROFILES + "/import", "resume.docx", new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 }, "application/zip")
                .statusCode(415);
        upload(account, PROFILES + "/import", "empty.txt", new byte[0], "text/plain").statusCode(415);
        account.asKey().get(PROFILES).then().body("id", not(hasItem(equalTo("x"))));
    }

    @Test
    void fileOverTenMegabytesIs413() {
        TestAccount account = newAccount();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        upload(account, PROFILES + "/import", "big.txt", big, "text/plain")
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("payload_too_large"));
        byte[] huge = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        upload(account, PROFILES + "/import", "huge.txt", huge, "text/plain").statusCode(413);
        account.asKey().get(PROFILES).then().body("$", empty());
    }

    @Test
    void missingFileFieldIs400() {
        TestAccount account = newAccount();
        account.asKey().multiPart("document", "x.txt", "hello".getBytes(), "text/plain").post(PROFILES + "/import").then()
                .statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void everyFailureReasonIsSpecific() {
        TestAccount account = newAccount();
        assertFails(account, "locked.pdf", ResumeFiles.encryptedPdf(), "the PDF is encrypted");
        assertFails(account, "scan.pdf", ResumeFiles.pdfWithoutText(), "the PDF has no text layer (it looks like a scanned image)");
        assertFails(account, "broken.pdf", ResumeFiles.damagedPdf(), "the file is not a readable PDF (it may be damaged)");
        assertFails(account, "noemail.txt", """
                Grace Hopper
                Rear Admiral
                Arlington, VA
                EXPERIENCE
                Computer Scientist, US Navy
                1943 - 1986
                """.getBytes(), "no email address found in the resume");
        assertFails(account, "noname.txt", """
                contact: someone@example.com
                EXPERIENCE
                1999 - 2004
                """.getBytes(), "no name found in the resume");
    }

    @Test
    void failedImportKeepsWhatItFound() {
        TestAccount account = newAccount();
        String id = importFile(account, "noemail.txt", """
                Grace Hopper
                Arlington, VA
                EXPERIENCE
                Computer Scientist at US Navy
                Jan 1943 - Aug 1986
                """.getBytes());
        awaitImport(account, id)
                .body("status", equalTo("import_failed"))
                .body("contact.first_name", equalTo("Grace"))
                .body("location.state", equalTo("VA"))
                .body("work_experience[0].company", equalTo("US Navy"));
        // A successful PATCH turns it ready.
        account.json().body("{\"contact\": {\"first_name\": \"Grace\", \"last_name\": \"Hopper\", \"email\": \"grace@navy.mil\"}}")
                .patch(PROFILES + "/" + id).then().statusCode(200).body("status", equalTo("ready"));
    }

    private void assertFails(TestAccount account, String name, byte[] bytes, String reason) {
        String id = importFile(account, name, bytes);
        awaitImport(account, id).body("status", equalTo("import_failed")).body("import_error", equalTo(reason));
    }

    @Test
    void reimportKeepsWhatAResumeCannotState() {
        TestAccount account = newAccount();
        String id = createProfile(account, """
                {"contact": {"first_name": "X", "last_name": "Y", "email": "x@y.co"},
                 "eligibility": {"requires_sponsorship": true},
                 "preferences": {"remote_preference": "remote"},
                 "self_identification": {"gender": "prefer_not_to_say"},
                 "cover_letter_template": "Dear team"}""");
        Fixture resume = ResumeFixtures.file("nadia-brightwater-md-headings.md");
        upload(account, PROFILES + "/" + id + "/resume", "cv.md", resume.bytes(), "text/markdown")
                .statusCode(202).body("status", equalTo("importing"));
        awaitImport(account, id)
                .body("status", equalTo("ready"))
                .body("contact.first_name", equalTo(resume.label().contact().firstName()))
                .body("eligibility.requires_sponsorship", equalTo(true))
                .body("preferences.remote_preference", equalTo("remote"))
                .body("self_identification.gender", equalTo("prefer_not_to_say"))
                .body("cover_letter_template", equalTo("Dear team"));
    }

    @Test
    void reimportWhileImportingIs409() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        db.setProfileStatus(id, "importing", null);
        upload(account, PROFILES + "/" + id + "/resume", "cv.md", ResumeFixtures.file("nadia-brightwater-md-headings.md").bytes(),
                "text/markdown")
                .statusCode(409).body("code", equalTo("profile_importing"));
    }

    @Test
    void patchRacingTheImportNeverLosesEitherWrite() {
        TestAccount account = newAccount();
        Fixture resume = ResumeFixtures.file("tamsin-orourke-md-bold.md");
        for (int round = 0; round < 15; round++) {
            String id = importFile(account, "race.md", resume.bytes());
            int conflicts = 0;
            int status;
            do {
                status = account.json().body("{\"name\": \"patched " + round + "\"}").patch(PROFILES + "/" + id).statusCode();
                if (status == 409) {
                    conflicts++;
                    // Nothing changed while importing.
                    getProfile(account, id).body("name", equalTo("Default"));
                }
            } while (status == 409 && conflicts < 10_000);
            assertEquals(200, status);
            // The import finished before the PATCH and never ran over it afterwards.
            awaitImport(account, id)
                    .body("status", equalTo("ready"))
                    .body("name", equalTo("patched " + round))
                    .body("contact.email", equalTo(resume.label().contact().email()));
        }
    }

    @Test
    void deleteDuringImportAbandonsIt() {
        TestAccount account = newAccount();
        String id = importFile(account, "cv.pdf", ResumeFixtures.pdf(ResumeFixtures.NURSE, Layout.CLASSIC).bytes());
        account.asKey().delete(PROFILES + "/" + id).then().statusCode(204);
        account.asKey().header("Prefer", "wait=2").get(PROFILES + "/" + id).then().statusCode(404);
        assertEquals(0, db.count("SELECT count(*) FROM import_job WHERE target_id = '" + id + "'"));
        account.asKey().get(PROFILES + "/" + id + "/resume").then().statusCode(404);
    }

    @Test
    void aJobWhoseWorkerDiedIsFinishedOnceItsLeaseExpires() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        Fixture resume = ResumeFixtures.file("callum-fairweather-txt-ascii.txt");
        UUID job = db.strandImportJob(account.id(), id, resume.bytes(), "txt", 1);
        awaitImport(account, id).body("status", equalTo("ready")).body("contact.email", equalTo(resume.label().contact().email()));
        assertEquals("done", db.importJobState(job));
    }

    @Test
    void aJobThatKeepsCrashingFailsForGood() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        UUID job = db.strandImportJob(account.id(), id, ResumeFixtures.file("callum-fairweather-txt-ascii.txt").bytes(), "txt", 5);
        awaitImport(account, id)
                .body("status", equalTo("import_failed"))
                .body("import_error", containsString("begun 5 times"));
        assertEquals("failed", db.importJobState(job));
    }

    @Test
    void preferWaitReturnsAtOnceWhenNotImportingAndIsCapped() {
        TestAccount account = newAccount();
        String id = createProfile(account);
        long started = System.nanoTime();
        account.asKey().header("Prefer", "respond-async, wait=600").get(PROFILES + "/" + id).then()
                .statusCode(200).header("Preference-Applied", "wait=60");
        assertTrue((System.nanoTime() - started) / 1_000_000 < 5_000);
        db.setProfileStatus(id, "importing", null);
        // Still importing when the wait runs out: the current state is returned.
        account.asKey().header("Prefer", "wait=1").get(PROFILES + "/" + id).then()
                .statusCode(200).body("status", equalTo("importing"));
    }

    @Test
    void importEndpointsRespectAccounts() {
        TestAccount owner = newAccount();
        TestAccount other = newAccount();
        byte[] file = ResumeFixtures.file("tamsin-orourke-md-bold.md").bytes();
        String id = importFile(owner, "cv.md", file);
        awaitImport(owner, id).body("status", equalTo("ready"));
        other.asKey().get(PROFILES + "/" + id + "/resume").then().statusCode(404);
        upload(other, PROFILES + "/" + id + "/resume", "cv.md", file, "text/markdown").statusCode(404);
        other.asKey().header("Prefer", "wait=1").get(PROFILES + "/" + id).then().statusCode(404);
        String created = createProfile(owner);
        owner.asKey().get(PROFILES + "/" + created + "/resume").then().statusCode(404);
    }
}
