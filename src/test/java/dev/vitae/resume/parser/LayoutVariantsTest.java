package dev.vitae.resume.parser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.vitae.resume.ParsedResume;
import dev.vitae.resume.ResumeFormat;
import dev.vitae.support.ResumeFixtures;
import dev.vitae.support.ResumeFixtures.Fixture;
import dev.vitae.support.fixtures.ResumeLabel;

/**
 * The parser on every layout variant the generator draws (sidebars left and right, layout
 * tables, letter-spaced capitals, TeX fragments, Markdown rules, the job-header permutations,
 * five kinds of DOCX): who the person is, each job's employer, title and dates, and each school
 * and degree must match the label. Every variant passes today; a change that breaks one fails the
 * build.
 */
class LayoutVariantsTest {

    static List<Named<Fixture>> variants() {
        return ResumeFixtures.layoutVariants().stream().map(f -> Named.of(f.name(), f)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void readsWhoAndTheHistory(Fixture fixture) throws Exception {
        ResumeFormat format = ResumeFormat.detect(fixture.bytes(), fixture.name()).orElseThrow();
        ParsedResume parsed = ResumeParser.parse(fixture.bytes(), format);
        ResumeLabel label = fixture.label();
        List<Executable> checks = new ArrayList<>();
        check(checks, "first name", label.contact().firstName(), parsed.firstName());
        check(checks, "last name", label.contact().lastName(), parsed.lastName());
        check(checks, "email", label.contact().email(), parsed.email());
        check(checks, "positions", label.workExperience().size(), parsed.work().size());
        for (int i = 0; i < Math.min(label.workExperience().size(), parsed.work().size()); i++) {
            ResumeLabel.Position expected = label.workExperience().get(i);
            ParsedResume.Position actual = parsed.work().get(i);
            check(checks, "job " + i + " company", expected.company(), actual.company());
            check(checks, "job " + i + " title", expected.title(), actual.title());
            check(checks, "job " + i + " dates", expected.startDate() + "/" + expected.endDate(),
                    actual.startDate() + "/" + actual.endDate());
        }
        check(checks, "schools", label.education().size(), parsed.education().size());
        for (int i = 0; i < Math.min(label.education().size(), parsed.education().size()); i++) {
            check(checks, "school " + i, label.education().get(i).school(), parsed.education().get(i).school());
            check(checks, "degree " + i, label.education().get(i).degree(), parsed.education().get(i).degree());
        }
        assertAll(fixture.name(), checks);
    }

    private static void check(List<Executable> checks, String what, Object expected, Object actual) {
        checks.add(() -> assertEquals(norm(expected), norm(actual), what));
    }

    /** Case, spacing and a closing full stop do not count ("B.Ed." is "B.Ed"), as in the scorer. */
    private static Object norm(Object value) {
        return value instanceof String text
                ? text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim().replaceAll("\\.$", "")
                : value;
    }
}
