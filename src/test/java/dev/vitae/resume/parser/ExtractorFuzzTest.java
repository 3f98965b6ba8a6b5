package dev.vitae.resume.parser;

import java.time.Duration;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.vitae.resume.ResumeFormat;
import dev.vitae.resume.ResumeParseException;

/**
 * Coverage-guided fuzzing of each extractor with Jazzer: whatever the bytes, a parse ends with a
 * résumé, a {@link ResumeParseException} saying what is wrong with the file, or its deadline —
 * never another exception, never running on past its limit. {@code bench/fuzz.sh} fuzzes for a
 * time budget ({@code JAZZER_FUZZ=1}); in {@code ./mvnw verify} each test replays the inputs kept
 * under {@code src/test/resources/dev/vitae/resume/parser/ExtractorFuzzTestInputs/<test>/} (the
 * seeds, and any input a fuzzing run found and a fix made pass) as ordinary tests.
 */
class ExtractorFuzzTest {

    /** Generous against the service's 30 s: a fuzzing JVM is instrumented and slow. */
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static void parse(byte[] bytes, ResumeFormat format) throws Exception {
        try {
            ParseDeadline.within(LIMIT, () -> ResumeParser.parse(bytes, format));
        } catch (ResumeParseException | ParseDeadline.Exceeded expected) {
            // the file is unreadable, too long, or took too long: each is an answer the import gives
        }
    }

    @FuzzTest(maxDuration = "60s")
    void pdf(byte[] bytes) throws Exception {
        parse(bytes, ResumeFormat.PDF);
    }

    @FuzzTest(maxDuration = "60s")
    void docx(byte[] bytes) throws Exception {
        parse(bytes, ResumeFormat.DOCX);
    }

    @FuzzTest(maxDuration = "60s")
    void rtf(byte[] bytes) throws Exception {
        parse(bytes, ResumeFormat.RTF);
    }

    @FuzzTest(maxDuration = "60s")
    void text(byte[] bytes) throws Exception {
        parse(bytes, ResumeFormat.TXT);
        parse(bytes, ResumeFormat.MD);
    }
}
