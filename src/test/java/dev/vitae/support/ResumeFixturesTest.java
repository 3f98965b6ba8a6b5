package dev.vitae.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.vitae.resume.ResumeFormat;
import dev.vitae.support.ResumeFixtures.Fixture;
import dev.vitae.support.fixtures.Person;
import dev.vitae.support.fixtures.ResumeLabel;
import dev.vitae.support.fixtures.ResumeLabel.Position;
import dev.vitae.support.fixtures.ResumeLabel.School;
import dev.vitae.support.fixtures.variants.Variant;

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

    @Test
    void layoutVariantsAreTheSameBytesEveryTime() {
        List<Fixture> first = ResumeFixtures.layoutVariants();
        List<Fixture> second = ResumeFixtures.layoutVariants();
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).name(), second.get(i).name());
            assertArrayEquals(first.get(i).bytes(), second.get(i).bytes(), first.get(i).name());
        }
        Set<String> names = first.stream().map(Fixture::name).collect(Collectors.toSet());
        assertEquals(first.size(), names.size(), "one file per person and kind");
    }

    /** Each variant is a document its format's readers open: PDFBox loads the PDF, the DOCX's XML parses. */
    @Test
    void layoutVariantsAreValidFilesOfTheirFormat() throws Exception {
        for (Fixture fixture : ResumeFixtures.layoutVariants()) {
            ResumeFormat expected = fixture.extension().equals("pdf") ? ResumeFormat.PDF : ResumeFormat.DOCX;
            assertEquals(Optional.of(expected), ResumeFormat.detect(fixture.bytes(), fixture.name()), fixture.name());
            assertFalse(text(fixture).isBlank(), fixture + ": has text");
        }
    }

    /**
     * A variant's label has every field its kind prints: company, title and start of each job,
     * its place where the kind prints places, dates at the precision the kind prints them, and
     * school, degree and dates of each degree (the field only where the degree has one).
     */
    @Test
    void layoutVariantLabelsHaveTheFieldsTheirKindPrints() {
        for (Variant variant : Variant.values()) {
            for (Fixture fixture : ResumeFixtures.layoutVariants(variant)) {
                Person person = ResumeFixtures.person(fixture.name().substring(0, fixture.name().length()
                        - variant.slug().length() - fixture.extension().length() - 2));
                ResumeLabel label = fixture.label();
                assertEquals(person.contact(), label.contact(), fixture.name());
                assertTrue(label.contact().email().matches("[\\w.]+@example\\.(com|org|net)"), fixture + ": a reserved email domain");
                String precision = variant.dates().printsMonths() ? "\\d{4}-\\d{2}" : "\\d{4}";
                List<Position> work = label.workExperience();
                assertEquals(person.workExperience().size(), work.size(), fixture.name());
                for (Position job : work) {
                    String entry = fixture + " " + job.title();
                    assertNotNull(job.company(), entry);
                    assertNotNull(job.title(), entry);
                    assertEquals(variant.printsJobLocations(), job.location() != null, entry + ": location");
                    boolean summerJob = variant == Variant.DATES_FIRST_LINE && job.startDate().equals(job.endDate());
                    assertTrue(job.startDate().matches(summerJob ? "\\d{4}" : precision), entry + ": start " + job.startDate());
                    assertEquals(job.current(), job.endDate() == null, entry + ": only a current job has no end");
                    if (!job.current()) {
                        assertTrue(job.endDate().matches(summerJob ? "\\d{4}" : precision), entry + ": end " + job.endDate());
                    }
                }
                assertTrue(work.get(0).current(), fixture + ": the most recent job is current");
                assertEquals(person.education().size(), label.education().size(), fixture.name());
                for (int i = 0; i < label.education().size(); i++) {
                    School school = label.education().get(i);
                    String entry = fixture + " " + school.school();
                    assertNotNull(school.school(), entry);
                    assertNotNull(school.degree(), entry);
                    assertEquals(person.education().get(i).fieldOfStudy(), school.fieldOfStudy(), entry);
                    assertTrue(school.endDate().matches("\\d{4}(-\\d{2})?"), entry + ": end " + school.endDate());
                    assertTrue(school.startDate() != null || school.endDate().compareTo("2025") > 0,
                            entry + ": only a degree still in progress has no start");
                }
            }
        }
    }

    /**
     * Every labelled value stands in the file's text (PDFBox's for a PDF, the runs' for a DOCX),
     * so that no label claims what the layout does not print. Links are left out: several kinds
     * show them only as link annotations. Names are left out: some kinds spread their letters.
     */
    @Test
    void everyLabelledValueOfAVariantIsInItsText() throws Exception {
        for (Fixture fixture : ResumeFixtures.layoutVariants()) {
            String text = normalized(text(fixture));
            ResumeLabel label = fixture.label();
            List<String> values = new ArrayList<>(List.of(label.contact().email(), label.contact().phone(),
                    label.location().city()));
            for (Position job : label.workExperience()) {
                values.add(job.company());
                values.add(job.title());
                values.add(job.location());
            }
            for (School school : label.education()) {
                values.add(school.school());
                values.add(school.degree());
                values.add(school.fieldOfStudy());
            }
            values.addAll(label.skills());
            for (String value : values) {
                if (value != null) {
                    assertTrue(text.contains(normalized(value)), fixture + " prints \"" + value + "\"");
                }
            }
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String text(Fixture fixture) throws IOException {
        if (fixture.extension().equals("pdf")) {
            try (PDDocument pdf = Loader.loadPDF(fixture.bytes())) {
                assertTrue(pdf.getNumberOfPages() >= 1, fixture.name());
                return new PDFTextStripper().getText(pdf);
            }
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(fixture.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return paragraphs(zip);
                }
            }
        }
        throw new AssertionError(fixture + " has no word/document.xml");
    }

    /** The text of every paragraph of a document.xml (text boxes and table cells included), a line each. */
    private static String paragraphs(InputStream xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(xml);
            String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            NodeList paragraphs = document.getElementsByTagNameNS(w, "p");
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < paragraphs.getLength(); i++) {
                NodeList runs = ((Element) paragraphs.item(i)).getElementsByTagNameNS(w, "*");
                for (int j = 0; j < runs.getLength(); j++) {
                    String name = runs.item(j).getLocalName();
                    if (name.equals("t")) {
                        text.append(runs.item(j).getTextContent());
                    } else if (name.equals("tab") || name.equals("br")) {
                        text.append(' ');
                    }
                }
                text.append('\n');
            }
            return text.toString();
        } catch (Exception e) {
            throw new AssertionError("document.xml does not parse", e);
        }
    }
}
