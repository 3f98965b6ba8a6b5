package dev.vitae.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.vitae.support.fixtures.DocxResumeWriter;
import dev.vitae.support.fixtures.Layout;
import dev.vitae.support.fixtures.PdfResumeWriter;
import dev.vitae.support.fixtures.Person;
import dev.vitae.support.fixtures.ResumeLabel;
import dev.vitae.support.fixtures.variants.Rendered;
import dev.vitae.support.fixtures.variants.Variant;

/**
 * The labelled résumés the tests use, all owned by this repository: hand-written TXT, Markdown
 * and RTF files in {@code src/test/resources/resumes/}, and PDF and DOCX files drawn on demand
 * from the fictional people in {@code resumes/people/} (binary files are generated, not
 * committed, so that they can be read and changed like code). Every fixture carries its label.
 * {@link #layoutVariants()} adds résumés in many more layouts, kept apart from {@link #all()}
 * until the parser reads them.
 */
public final class ResumeFixtures {

    /** A UI designer in Lyon (diacritics in the name). */
    public static final String DESIGNER = "heloise-dufresne-aubry";
    /** A data scientist in Denver, CO. */
    public static final String DATA_SCIENTIST = "nadia-brightwater";
    /** A backend engineer in Manchester, UK. */
    public static final String BACKEND_ENGINEER = "callum-fairweather";
    /** An intensive care nurse in Melbourne, VIC, Australia. */
    public static final String NURSE = "tamsin-orourke";

    /** A mechanical engineer in Eindhoven (a family name with a particle, "van Dijk"). */
    public static final String MECHANICAL_ENGINEER = "sanne-van-dijk";
    /** A chartered accountant in Johannesburg (a hyphenated family name; two degrees from one university). */
    public static final String ACCOUNTANT = "lerato-mokoena-botha";
    /** A supply chain manager in Ho Chi Minh City, printed family name first as "PHAM, Minh"; an MBA expected in May 2026. */
    public static final String SUPPLY_CHAIN_MANAGER = "minh-pham";
    /** A physics teacher in Bengaluru, printed with a middle initial: "Priya R. Venkataraman". */
    public static final String TEACHER = "priya-venkataraman";
    /** A hospital pharmacist in Kraków. */
    public static final String PHARMACIST = "maria-kowalska";
    /** A sales manager in São Paulo (a multi-part family name, "dos Santos Ribeiro"). */
    public static final String SALES_MANAGER = "camila-dos-santos-ribeiro";

    private static final List<String> PEOPLE = List.of(DESIGNER, DATA_SCIENTIST, BACKEND_ENGINEER, NURSE);
    private static final String ROOT = "/resumes/";
    private static final String LABEL = ".expected.json";

    private ResumeFixtures() {
    }

    /** A résumé file with the label of what it shows. */
    public record Fixture(String name, byte[] bytes, ResumeLabel label) {

        /** The extension, which is also the format the file's bytes must be judged to be. */
        public String extension() {
            return name.substring(name.lastIndexOf('.') + 1);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A hand-written fixture by file name, e.g. {@code callum-fairweather-txt-ascii.txt}. */
    public static Fixture file(String name) {
        try (InputStream label = stream(baseName(name) + LABEL)) {
            return new Fixture(name, resource(name), ResumeLabel.read(label));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of this person (one of the constants above) in this layout. */
    public static Fixture pdf(String person, Layout layout) {
        String name = person + "-pdf-" + layout.slug() + ".pdf";
        Person who = person(person);
        return new Fixture(name, PdfResumeWriter.write(who.fullName(), layout.blocks(who)), who.label());
    }

    /** A Word document of this person in this layout. */
    public static Fixture docx(String person, Layout layout) {
        String name = person + "-docx-" + layout.slug() + ".docx";
        Person who = person(person);
        return new Fixture(name, DocxResumeWriter.write(who.fullName(), layout.blocks(who)), who.label());
    }

    public static Person person(String slug) {
        try (InputStream in = stream("people/" + slug + ".json")) {
            return Person.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> people() {
        return PEOPLE;
    }

    /** Every hand-written fixture, found by listing the directory so that a new file cannot be left out. */
    public static List<Fixture> handWritten() {
        URL root = ResumeFixtures.class.getResource(ROOT);
        if (root == null || !root.getProtocol().equals("file")) {
            throw new IllegalStateException("The résumé fixtures must be a directory on the class path, found " + root);
        }
        try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches(".+\\.(txt|md|rtf)"))
                    .sorted()
                    .map(ResumeFixtures::file)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every fixture: the hand-written ones, then each person as a PDF and a DOCX in each layout. */
    public static List<Fixture> all() {
        List<Fixture> all = new ArrayList<>(handWritten());
        for (String person : PEOPLE) {
            for (Layout layout : Layout.values()) {
                all.add(pdf(person, layout));
                all.add(docx(person, layout));
            }
        }
        return all;
    }

    /**
     * Every layout variant of every person drawn in it ({@code <person>-<kind>.pdf|docx}): the
     * layouts of real résumés (sidebars, layout tables, letter-spaced capitals, TeX fragments,
     * Markdown rules, job-header permutations, DOCX from converters). Kept out of {@link #all()};
     * {@code LayoutVariantsTest} checks every one of them.
     */
    public static List<Fixture> layoutVariants() {
        List<Fixture> variants = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            for (String person : variant.people()) {
                variants.add(layoutVariant(person, variant));
            }
        }
        return variants;
    }

    /** The variants of one kind. */
    public static List<Fixture> layoutVariants(Variant variant) {
        return variant.people().stream().map(person -> layoutVariant(person, variant)).toList();
    }

    /** One person's résumé in one layout variant. */
    public static Fixture layoutVariant(String person, Variant variant) {
        Rendered rendered = variant.render(person(person));
        return new Fixture(variant.fileName(person), rendered.bytes(), rendered.label());
    }

    private static String baseName(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static byte[] resource(String name) {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = ResumeFixtures.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalArgumentException("No résumé fixture " + ROOT + name + " on the class path");
        }
        return in;
    }
}
