package dev.vitae.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.vitae.support.ResumeFixtures.Fixture;
import dev.vitae.support.fixtures.ResumeLabel;
import dev.vitae.support.fixtures.ResumeLabel.Position;

/**
 * The fixtures the parser and import tests rest on: every format is there, every label is
 * well-formed, and generated files are the same bytes on every run (a fixture that changed from
 * run to run would make a failure impossible to reproduce).
 */
class ResumeFixturesTest {

    @Test
    void generatedFilesAreTheSameBytesEveryTime() {
        List<Fixture> first = ResumeFixtures.all();
        List<Fixture> second = ResumeFixtures.all();
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).name(), second.get(i).name());
            assertArrayEquals(first.get(i).bytes(), second.get(i).bytes(), first.get(i).name());
        }
    }

    @Test
    void everyFormatIsCoveredAndEveryNameIsUnique() {
        List<Fixture> all = ResumeFixtures.all();
        assertEquals(Set.of("pdf", "docx", "txt", "md", "rtf"), all.stream().map(Fixture::extension).collect(Collectors.toSet()));
        Set<String> baseNames = all.stream().map(f -> f.name().substring(0, f.name().lastIndexOf('.'))).collect(Collectors.toSet());
        assertEquals(all.size(), baseNames.size(), "one NAME.expected.json per fixture");
    }

    @Test
    void labelsFollowTheLabelFormat() {
        for (Fixture fixture : ResumeFixtures.all()) {
            ResumeLabel label = fixture.label();
            List<Position> work = label.workExperience();
            assertTrue(work.size() >= 2 && work.size() <= 4, fixture + ": 2 to 4 jobs");
            assertTrue(work.get(0).current() && work.stream().filter(Position::current).count() == 1,
                    fixture + ": the most recent job, and only that one, is current");
            assertNull(work.get(0).endDate(), fixture + ": a current job has no end date");
            for (int i = 0; i < work.size(); i++) {
                Position job = work.get(i);
                assertTrue(job.startDate().matches("\\d{4}-\\d{2}"), fixture + ": YYYY-MM start " + job.startDate());
                if (i > 0) {
                    assertTrue(job.endDate().matches("\\d{4}-\\d{2}") && job.endDate().compareTo(job.startDate()) >= 0,
                            fixture + ": job " + i + " ends after it starts");
                    assertTrue(job.startDate().compareTo(work.get(i - 1).startDate()) < 0, fixture + ": most recent first");
                }
            }
            assertTrue(!label.education().isEmpty() && label.education().size() <= 3, fixture + ": 1 to 3 schools");
            assertTrue(label.contact().email().matches("[\\w.]+@example\\.(com|org|net)"), fixture + ": a reserved email domain");
        }
    }
}
