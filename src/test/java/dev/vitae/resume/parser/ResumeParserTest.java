package dev.vitae.resume.parser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.vitae.resume.ParsedResume;
import dev.vitae.resume.ResumeFormat;
import dev.vitae.resume.ResumeParseException;
import dev.vitae.support.ResumeFixtures;
import dev.vitae.support.ResumeFixtures.Fixture;
import dev.vitae.support.SameUrl;
import dev.vitae.support.fixtures.Block;
import dev.vitae.support.fixtures.Block.Run;
import dev.vitae.support.fixtures.DocxResumeWriter;
import dev.vitae.support.fixtures.ResumeLabel;
import dev.vitae.support.fixtures.ResumeLabel.Contact;
import dev.vitae.support.fixtures.ResumeLabel.Position;
import dev.vitae.support.fixtures.ResumeLabel.School;

/**
 * The parser on every labelled fixture the repository owns (hand-written TXT, Markdown and RTF,
 * generated PDF and DOCX in two layouts): who the person is, how to reach them, and each job and
 * school must match the label. The scorer gives the same comparison as a figure; see
 * docs/resume-import.md.
 */
class ResumeParserTest {

    static List<Fixture> fixtures() {
        return ResumeFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsEveryLabelledField(Fixture fixture) throws Exception {
        ResumeFormat format = ResumeFormat.detect(fixture.bytes(), fixture.name()).orElseThrow();
        assertEquals(fixture.extension(), format.dbValue(), "format judged from bytes");
        ParsedResume parsed = ResumeParser.parse(fixture.bytes(), format);
        ResumeLabel label = fixture.label();
        assertEquals(label.workExperience().size(), parsed.work().size(), "positions");
        assertEquals(label.education().size(), parsed.education().size(), "schools");
        List<Executable> checks = new ArrayList<>();
        Contact contact = label.contact();
        checks.add(() -> assertEquals(contact.firstName(), parsed.firstName(), "first name"));
        checks.add(() -> assertEquals(norm(contact.lastName()), norm(parsed.lastName()), "last name"));
        checks.add(() -> assertEquals(contact.email().toLowerCase(Locale.ROOT), lower(parsed.email()), "email"));
        checks.add(() -> assertSamePhone(contact.phone(), parsed.phone()));
        checks.add(() -> assertEquals(label.location().city(), parsed.city(), "city"));
        checks.add(() -> assertEquals(label.location().state(), parsed.state(), "state"));
        checks.add(() -> assertEquals(label.location().country(), parsed.country(), "country"));
        checks.add(() -> assertEquals(SameUrl.key(label.links().linkedin()), SameUrl.key(parsed.linkedin()), "LinkedIn"));
        checks.add(() -> assertEquals(SameUrl.key(label.links().github()), SameUrl.key(parsed.github()), "GitHub"));
        checks.add(() -> assertEquals(SameUrl.key(label.links().portfolio()), SameUrl.key(parsed.portfolio()), "portfolio"));
        for (int i = 0; i < label.workExperience().size(); i++) {
            Position expected = label.workExperience().get(i);
            ParsedResume.Position actual = parsed.work().get(i);
            String job = "job " + i + " ";
            checks.add(() -> assertEquals(norm(expected.company()), norm(actual.company()), job + "company"));
            checks.add(() -> assertEquals(norm(expected.title()), norm(actual.title()), job + "title"));
            checks.add(() -> assertEquals(norm(expected.location()), norm(actual.location()), job + "location"));
            checks.add(() -> assertEquals(expected.startDate(), actual.startDate(), job + "start"));
            checks.add(() -> assertEquals(expected.endDate(), actual.endDate(), job + "end"));
            checks.add(() -> assertEquals(expected.current(), actual.current(), job + "current"));
        }
        for (int i = 0; i < label.education().size(); i++) {
            School expected = label.education().get(i);
            ParsedResume.School actual = parsed.education().get(i);
            String school = "school " + i + " ";
            checks.add(() -> assertEquals(norm(expected.school()), norm(actual.school()), school + "name"));
            checks.add(() -> assertEquals(norm(expected.degree()), norm(actual.degree()), school + "degree"));
            checks.add(() -> assertEquals(norm(expected.fieldOfStudy()), norm(actual.fieldOfStudy()), school + "field"));
            checks.add(() -> assertEquals(expected.startDate(), actual.startDate(), school + "start"));
            checks.add(() -> assertEquals(expected.endDate(), actual.endDate(), school + "end"));
        }
        checks.add(() -> assertEquals(label.skills().stream().map(ResumeParserTest::norm).toList(),
                parsed.skills().stream().map(ResumeParserTest::norm).toList(), "skills"));
        assertAll(fixture.name(), checks);
    }

    /** Digits only, and a national form equals the international one ("0161 496 0823" = "+44 161 496 0823"). */
    private static void assertSamePhone(String expected, String actual) {
        if (expected == null) {
            return;
        }
        assertNotNull(actual, "phone");
        String digits = actual.replaceAll("\\D", "");
        String want = expected.replaceAll("\\D", "");
        assertTrue(want.endsWith(digits.replaceFirst("^0", "")) || digits.endsWith(want.replaceFirst("^0", "")),
                "phone " + actual + ", expected " + expected);
    }

    @Test
    void layoutsAndLanguagesBeyondTheFixturesAreReadToo() throws Exception {
        ParsedResume pipes = ResumeParser.parse("""
                JOHN A. SMITH
                Senior Data Engineer | Chicago, IL | john.smith@gmail.com | (312) 555-0182 | github.com/jsmith

                PROFESSIONAL EXPERIENCE
                Northwind Traders — Senior Data Engineer          Mar 2020 – Present
                • Built streaming pipelines processing 2B events per day.
                Contoso Ltd — Data Engineer                        Jun 2016 – Feb 2020

                EDUCATION
                University of Illinois Urbana-Champaign — B.S. Computer Science, 2016

                TECHNICAL SKILLS & TOOLS
                Python, Spark, Airflow, SQL
                """.getBytes(), ResumeFormat.TXT);
        assertEquals("John", pipes.firstName());
        assertEquals("Smith", pipes.lastName());
        assertEquals("Chicago", pipes.city());
        assertEquals("IL", pipes.state());
        assertEquals("https://github.com/jsmith", pipes.github());
        assertEquals(2, pipes.work().size());
        assertEquals("Northwind Traders", pipes.work().get(0).company());
        assertEquals("Senior Data Engineer", pipes.work().get(0).title());
        assertEquals("Contoso Ltd", pipes.work().get(1).company());
        assertEquals(java.util.List.of("Python", "Spark", "Airflow", "SQL"), pipes.skills());

        ParsedResume french = ResumeParser.parse("""
                # Léa Dubois-Martin

                Paris, France · lea.dubois@example.fr · +33 6 12 34 56 78

                ## Expérience professionnelle

                **Chargée de marketing**, Maison Lune SAS — *Janvier 2021 – aujourd'hui*

                **Assistante marketing**, Atelier Nord — *2018 – 2020*

                ## Formation

                **Master's degree in Marketing**, Université Paris-Dauphine, 2016 – 2018
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), ResumeFormat.MD);
        assertEquals("Dubois-Martin", french.lastName());
        assertEquals("France", french.country());
        assertEquals("2021-01", french.work().get(0).startDate());
        assertTrue(french.work().get(0).current());
        assertEquals("Maison Lune SAS", french.work().get(0).company());
        // No telling word in "Atelier Nord" alone: the résumé's own order (title, then company) decides.
        assertEquals("Assistante marketing", french.work().get(1).title());
        assertEquals("Atelier Nord", french.work().get(1).company());
        assertEquals("Master's degree", french.education().get(0).degree());
        assertEquals("Marketing", french.education().get(0).fieldOfStudy());
        assertEquals("Université Paris-Dauphine", french.education().get(0).school());
    }

    @Test
    void gradesCountriesAndFootnoteMarksInJobHeaders() throws Exception {
        ParsedResume r = ResumeParser.parse("""
                Priya Raman
                priya@example.com

                Experience
                Data Scientist - 2, Northwind Labs | Mar 2021 – Present, India
                • Built ranking models.
                Developer Advocate, Contoso (2018/04 - 2021/02) — United States*
                • Ran the community.
                Fabrikam GmbH — Hamburg, Germany | Jan 2016 – Mar 2018
                Software Engineer
                • Wrote services.
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), ResumeFormat.TXT);
        assertEquals(3, r.work().size());
        assertEquals("Data Scientist - 2", r.work().get(0).title());
        assertEquals("Northwind Labs", r.work().get(0).company());
        assertEquals("India", r.work().get(0).location());
        assertEquals("Contoso", r.work().get(1).company());
        assertEquals("United States", r.work().get(1).location());
        assertEquals("Fabrikam GmbH", r.work().get(2).company());
        assertEquals("Hamburg, Germany", r.work().get(2).location());
        assertEquals("Software Engineer", r.work().get(2).title());
    }

    @Test
    void rolesUnderOneEmployerPluralTitlesAndTitlesWithoutACommonWord() throws Exception {
        ParsedResume grouped = parseText("""
                Northwind Labs
                Data Scientist | Mar 2021 – Present
                • Built ranking models.
                Search Engineer | Feb 2019 – Feb 2021
                • Tuned search.
                """);
        assertEquals(2, grouped.work().size());
        assertEquals("Northwind Labs", grouped.work().get(1).company());
        assertEquals("Search Engineer", grouped.work().get(1).title());

        ParsedResume plural = parseText("""
                July – September 2021: Intern in bridge engineering
                Contoso Structures – Mersch, Luxembourg
                • Checked load models.
                2019 – 2020: Research assistants in acoustics
                Fabrikam – Nantes, France
                • Recorded echoes.
                """);
        assertEquals("Research assistants in acoustics", plural.work().get(1).title());
        assertEquals("Fabrikam", plural.work().get(1).company());

        ParsedResume evangelist = parseText("Technical Evangelist, Contoso (2016/01 - 2017/12)\n• Gave talks.\n");
        assertEquals("Technical Evangelist", evangelist.work().get(0).title());
        assertEquals("Contoso", evangelist.work().get(0).company());

        ParsedResume twoCities = parseText("Policy Researcher, Harbour Example Institute, Amman and Beirut, (2012 - 2016).\n• Wrote briefs.\n");
        assertEquals("Policy Researcher", twoCities.work().get(0).title());
        assertEquals("Harbour Example Institute", twoCities.work().get(0).company());
        assertEquals("Amman and Beirut", twoCities.work().get(0).location(), twoCities.work().toString());
        ParsedResume barred = parseText("Policy Researcher | Harbour Example Institute | London & Paris | 2012 – 2016\n• Wrote briefs.\n");
        assertEquals("Harbour Example Institute", barred.work().get(0).company());
        assertEquals("London & Paris", barred.work().get(0).location());
    }

    @Test
    void entriesPrintedAsListItemsThatWrapAndNameTwoThingsWithoutATellingWord() throws Exception {
        ParsedResume r = ResumeParser.parse("""
                Salma Example
                salma@example.com

                Experience
                • Data Analyst Intern, Northwind Traders, March 2023 until
                now.
                • Guest Relations, Qasr Al-Nour Travel, (2019 – 2021).
                • Economic Analyst, Levant Studies Centre, (2014 - 2017).

                Education
                • Masters in urban planning, faculty of engineering, Westmoor Valley University,
                2018.
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), ResumeFormat.TXT);
        assertEquals(3, r.work().size());
        assertEquals("Northwind Traders", r.work().get(0).company());
        assertEquals("2023-03", r.work().get(0).startDate());
        assertTrue(r.work().get(0).current());
        assertEquals("Guest Relations", r.work().get(1).title());
        assertEquals("Qasr Al-Nour Travel", r.work().get(1).company());
        assertEquals("Westmoor Valley University", r.education().get(0).school());
        assertEquals("2018", r.education().get(0).endDate());
    }

    @Test
    void headersWrittenAsSentencesKeepTheirTitleAndEmployer() throws Exception {
        ParsedResume r = parseText("""
                Mathematics TA, Lakeview University. 01/2023 – Current.
                Grading assistant for the Mathematics faculty at LVU.
                Run weekly review sessions.
                Corner Grocery, Duluth, MN. 05/2019 – 11/2021.
                Night Manager.
                Tasks included restocking shelves and closing the tills each night.
                Till Supervisor, Fabrikam Inc. 2016 – 2017
                """);
        assertEquals(3, r.work().size());
        assertEquals("Mathematics TA", r.work().get(0).title());
        assertEquals("Lakeview University", r.work().get(0).company());
        assertEquals("Night Manager", r.work().get(1).title());
        assertEquals("Corner Grocery", r.work().get(1).company());
        assertEquals("Fabrikam Inc.", r.work().get(2).company());
    }

    @Test
    void ofThreeSeparatedPartsTheOneLeastLikeATitleIsTheEmployer() throws Exception {
        ParsedResume r = parseText("""
                03/2012 – 05/2020
                Stock assistant • Shift manager • Northwind Frozen Foods
                Ran the store after closing.
                """);
        assertEquals(1, r.work().size());
        assertEquals("Northwind Frozen Foods", r.work().get(0).company());
        assertEquals("Stock assistant", r.work().get(0).title());
    }

    @Test
    void aChineseWordResumeWithoutAWorkHeading() throws Exception {
        List<Block> blocks = List.of(
                new Block.Contact(List.of(Run.plain("139 0000 0000"))),
                new Block.Contact(List.of(Run.plain("wang@example.com"))),
                new Block.Contact(List.of(Run.plain("上海市浦东新区世纪大道"))),
                new Block.Name("王小明"),
                new Block.Heading("自我评价"),
                new Block.Paragraph(List.of(Run.plain("乐于钻研，勤于工作。"))),
                new Block.Paragraph(List.of(Run.bold("上海蓝桥信息技术有限公司"))),
                new Block.Paragraph(List.of(Run.plain("2015/03 – 至今"))),
                new Block.Paragraph(List.of(Run.bold("软件工程师"))),
                new Block.Paragraph(List.of(Run.plain("自2015年3月份至今主要承担公司支付平台的开发与维护，并协助小组的招聘。"))),
                new Block.Heading("教育背景"),
                new Block.Paragraph(List.of(Run.plain("复旦大学"))),
                new Block.Paragraph(List.of(Run.plain("软件工程专业"))),
                new Block.Paragraph(List.of(Run.plain("2011/09 – 2015/06"))));
        ParsedResume r = ResumeParser.parse(DocxResumeWriter.write("王小明", blocks), ResumeFormat.DOCX);
        assertEquals("上海市", r.city());
        assertEquals(1, r.work().size(), r.work().toString());
        assertEquals("上海蓝桥信息技术有限公司", r.work().get(0).company());
        assertEquals("软件工程师", r.work().get(0).title());
        assertEquals("2015-03", r.work().get(0).startDate());
        assertEquals(1, r.education().size());
        assertEquals("复旦大学", r.education().get(0).school());
        assertEquals("软件工程", r.education().get(0).fieldOfStudy());
        assertEquals("2011-09", r.education().get(0).startDate());
    }

    @Test
    void aSchoolPrintedLikeTheFirstIsOneWhateverItsWordsAndADegreeGoesOnAfterAnAmpersand() throws Exception {
        List<Block> blocks = List.of(
                new Block.Name("Ravi Example"),
                new Block.Contact(List.of(Run.plain("ravi@example.com"))),
                new Block.Heading("Education"),
                new Block.Paragraph(List.of(Run.bold("Northgate Institute of Technology"))),
                new Block.Paragraph(List.of(Run.plain("B.Tech. in Electronics"))),
                new Block.Paragraph(List.of(Run.plain("& Communication"))),
                new Block.Paragraph(List.of(Run.plain("Expected June 2024 | Pune, India"))),
                new Block.Paragraph(List.of(Run.bold("Greenfield Heights"))),
                new Block.Paragraph(List.of(Run.plain("Class 12"))),
                new Block.Paragraph(List.of(Run.plain("2019 | Pune, India"))));
        ParsedResume r = ResumeParser.parse(DocxResumeWriter.write("Ravi Example", blocks), ResumeFormat.DOCX);
        assertEquals(2, r.education().size(), r.education().toString());
        assertEquals("Electronics & Communication", r.education().get(0).fieldOfStudy());
        assertEquals("Greenfield Heights", r.education().get(1).school());
        assertEquals("Class 12", r.education().get(1).degree());
        assertEquals("2019", r.education().get(1).endDate());
    }

    @Test
    void aYearBeforeAColonDatesTheLineEvenWhenTheMonthsAreMisspelt() throws Exception {
        ParsedResume r = parseText("""
                July – September 2020: intern in radio engineering
                Orbital Links – Mersch, Luxembourg
                Built a signal test bench.
                Marhc – Jnue 2016: Research assistant in soil chemistry
                Lakeside University of Technology – Oulu, Finland
                Analysed field samples.
                """);
        assertEquals(2, r.work().size(), r.work().toString());
        assertEquals("Lakeside University of Technology", r.work().get(1).company());
        assertEquals("Research assistant in soil chemistry", r.work().get(1).title());
        assertEquals("2016", r.work().get(1).endDate());
    }

    @Test
    void rolesHeldFromYearToYearInsideAnEntrysSpanTellItsStory() throws Exception {
        ParsedResume r = parseText("""
                Harbour Bakery, Leeds, UK. 09/2016 – Current.
                Line cook from 2016 – 2018
                Shift lead from 2018 – current.
                Ran the morning shift and the deliveries.
                Corner Books, York, UK. 02/2014 – 08/2016.
                Sales Assistant.
                """);
        assertEquals(2, r.work().size(), r.work().toString());
        assertEquals("2016-09", r.work().get(0).startDate());
        assertTrue(r.work().get(0).description().startsWith("Line cook from 2016 – 2018"), r.work().toString());
        assertTrue(r.work().get(0).current());
        assertEquals("Corner Books", r.work().get(1).company());
        assertEquals("Sales Assistant", r.work().get(1).title());
    }

    @Test
    void aLongHeaderLineOfNamesEndingInAPlaceIsNoDescription() throws Exception {
        ParsedResume r = parseText("""
                Research Assistant	June 2022 – Present
                Centre for Coastal and Marine Ecology Research, Northfield University, Leeds, UK
                • Ran field surveys.
                """);
        assertEquals(1, r.work().size());
        assertEquals("Research Assistant", r.work().get(0).title());
        assertEquals("Leeds, UK", r.work().get(0).location(), r.work().toString());
    }

    private static ParsedResume parseText(String experience) throws Exception {
        return ResumeParser.parse(("Priya Raman\npriya@example.com\n\nExperience\n" + experience)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), ResumeFormat.TXT);
    }

    @Test
    void labelledContactLinesBracketedPlacesAndBracketedDates() throws Exception {
        ParsedResume r = ResumeParser.parse("""
                Maria Garcia
                Location: Madrid, Spain
                Email: maria.garcia@example.com
                Phone: +34 612 345 678

                Work History
                Backend Developer
                Lumen Energy AG (Berlin, Germany)
                04/2021 - present

                Education
                B.Sc. Computer Science, Universidad Politécnica de Madrid (2014 – 2018)
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), ResumeFormat.TXT);
        assertEquals("Madrid", r.city());
        assertEquals("Spain", r.country());
        assertEquals("maria.garcia@example.com", r.email());
        assertEquals("+34 612 345 678", r.phone());
        assertEquals("Lumen Energy AG", r.work().get(0).company());
        assertEquals("Berlin, Germany", r.work().get(0).location());
        assertEquals("Backend Developer", r.work().get(0).title());
        assertEquals("Universidad Politécnica de Madrid", r.education().get(0).school());
        assertEquals("B.Sc.", r.education().get(0).degree());
        assertEquals("Computer Science", r.education().get(0).fieldOfStudy());
        assertEquals("2014", r.education().get(0).startDate());
        assertEquals("2018", r.education().get(0).endDate());
    }

    @Test
    void datesInTheShapesResumesPrintThem() {
        assertRange("Jan 2020 – Present", "2020-01", null, true);
        assertRange("Sept. 2018 - May 2023", "2018-09", "2023-05", false);
        assertRange("03/2019 to 11/2020", "2019-03", "2020-11", false);
        assertRange("2019-03 — 2021-10", "2019-03", "2021-10", false);
        assertRange("06.2021 — 03.2022", "2021-06", "2022-03", false);
        assertRange("2015 - 2019", "2015", "2019", false);
        assertRange("Acme Corp.Jun 2019 – Current", "2019-06", null, true);
        assertRange("2021-11 —", "2021-11", null, true);
        assertRange("Janvier 2021 – aujourd'hui", "2021-01", null, true);
        assertRange("März 2019 bis heute", "2019-03", null, true);
        assertRange("septiembre 2015 - julio 2018", "2015-09", "2018-07", false);
    }

    private static void assertRange(String text, String from, String to, boolean current) {
        Dates.Range range = Dates.findRange(text);
        assertNotNull(range, text);
        assertEquals(from, range.from(), text);
        assertEquals(to, range.to(), text);
        assertEquals(current, range.current(), text);
    }

    @Test
    void namesKeepParticlesHyphensAndDiacriticsAndDropMiddleInitials() {
        assertName("Zoë van der Berg", "Zoë", "van der Berg");
        assertName("Anna K. Lindqvist", "Anna", "Lindqvist");
        assertName("Jean-Luc Brennan", "Jean-Luc", "Brennan");
        assertName("FATIMA Ó SÚILLEABHÁIN", "Fatima", "Ó Súilleabháin");
    }

    private static void assertName(String text, String first, String last) {
        assertTrue(ContactParser.looksLikeName(text) || text.equals(text.toUpperCase(Locale.ROOT)), text);
        String[] split = ContactParser.splitName(text);
        assertEquals(first, split[0]);
        assertEquals(last, split[1]);
    }

    @Test
    void placesAsPrinted() {
        assertPlace("Berlin, Germany", "Berlin", null, "Germany");
        assertPlace("Austin, TX", "Austin", "TX", null);
        assertPlace("Bengaluru, Karnataka, India", "Bengaluru", "Karnataka", "India");
        assertPlace("Toronto, ON (CA)", "Toronto", "ON", "Canada");
        assertPlace("Hamburg DE", "Hamburg", null, "Germany");
        assertPlace("United States*", null, null, "United States");
        assertPlace("India", null, null, "India");
        assertPlace("Jeddah, Kingdom of Saudi Arabia", "Jeddah", null, "Saudi Arabia");
        assertPlace("Kingdom of the Netherlands", null, null, "Netherlands");
        assertPlace("Moscow, Russian Federation", "Moscow", null, "Russian Federation");
        assertPlace("Brno, Czechia", "Brno", null, "Czechia");
        assertPlace("Brno, CZ", "Brno", null, "Czechia");
        assertPlace("广东省深圳市南山区", "深圳市", "广东省", "China");
        // A country code alone is too often a word ("IT", "IN").
        assertEquals(null, Places.parse("IT"));
        assertEquals(null, Places.parse("Aurora Digital GmbH, Austin, TX"));
    }

    private static void assertPlace(String text, String city, String state, String country) {
        Places.Place place = Places.parse(text);
        assertNotNull(place, text);
        assertEquals(city, place.city());
        assertEquals(state, place.state());
        assertEquals(country, place.country());
    }

    @Test
    void damagedDocxAndZipBombsAreRefused() throws Exception {
        assertThrows(ResumeParseException.class, () -> DocxExtractor.extract("PK\u0003\u0004broken".getBytes()));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        ResumeParseException bomb = assertThrows(ResumeParseException.class, () -> DocxExtractor.extract(out.toByteArray()));
        assertTrue(bomb.getMessage().contains("ZIP bomb"), bomb.getMessage());
    }

    /** Case and white space only: "Senior  UI designer" equals "Senior UI Designer", "UI Designer" does not. */
    private static String norm(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
