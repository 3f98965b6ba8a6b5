package dev.vitae.resume.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.vitae.resume.ParsedResume;
import dev.vitae.resume.ResumeFormat;
import dev.vitae.resume.parser.Vocabulary.Section;

/**
 * Sections are found by their headings as résumés print them: in other languages, dressed up
 * (letter-spaced, numbered, counted), and — when the vocabulary does not know a heading — by
 * looking like the headings it does know.
 */
class SectionsTest {

    @Test
    void headingsInTheLanguagesResumesComeIn() {
        assertEquals(Section.WORK, Headings.exact("Werkervaring"));
        assertEquals(Section.EDUCATION, Headings.exact("Opleiding"));
        assertEquals(Section.WORK, Headings.exact("EXPERIÊNCIA"));
        assertEquals(Section.EDUCATION, Headings.exact("ESCOLARIDADE"));
        assertEquals(Section.SUMMARY, Headings.exact("Objetivo"));
        assertEquals(Section.EDUCATION, Headings.exact("Formation"));
        assertEquals(Section.WORK, Headings.exact("Expériences professionnelles"));
        assertEquals(Section.WORK, Headings.exact("Beruflicher Werdegang"));
        assertEquals(Section.EDUCATION, Headings.exact("Formación académica"));
        assertEquals(Section.WORK, Headings.exact("Esperienze lavorative"));
        assertEquals(Section.WORK, Headings.exact("工作经历"));
        assertEquals(Section.EDUCATION, Headings.exact("教育背景"));
        assertEquals(Section.SKILLS, Headings.exact("专业技能"));
        assertEquals(Section.SUMMARY, Headings.exact("自我评价"));
    }

    @Test
    void headingsHoweverTheyAreDressed() {
        assertEquals(Section.WORK, Headings.exact("WORK EXPERIENCE (5)"));
        assertEquals(Section.EDUCATION, Headings.exact("EDUCATION (1)"));
        assertEquals(Section.WORK, Headings.exact("E X P E R I E N C E"));
        assertEquals(Section.WORK, Headings.exact("W O R K   H I S T O R Y"));
        assertEquals(Section.WORK, Headings.exact("W O R K H I S T O R Y"));
        assertEquals(Section.EDUCATION, Headings.exact("2. Education"));
        assertEquals(Section.SKILLS, Headings.exact("Skills & Tools:"));
        assertEquals(Section.SUMMARY, Headings.exact("Bio"));
        assertEquals(Section.WORK, Headings.byRoot("Research Experience"));
        assertEquals(Section.WORK, Headings.byRoot("Professional Teaching & Writing Experience"));
        assertNull(Headings.byRoot("Senior Software Engineer at Acme since 2019"));
    }

    @Test
    void aSectionTheVocabularyDoesNotKnowEndsTheOneBeforeIt() throws Exception {
        ParsedResume r = ResumeParser.parse("""
                # Jordan Vale

                jordan.vale@example.com · +1 312 555 0188

                ## Experience

                **Data Analyst**, Lakeshore Credit Union — *March 2021 – Present*

                - Built the weekly loan-risk dashboard.

                **Junior Analyst**, Prairie Foods — *June 2018 – February 2021*

                ## Community & Mentoring

                **Volunteer Tutor**, Westside Library — *2017 – 2020*

                ## Education

                **B.S. in Statistics**, University of Illinois Chicago, 2014 – 2018
                """.getBytes(StandardCharsets.UTF_8), ResumeFormat.MD);
        assertEquals(List.of("Lakeshore Credit Union", "Prairie Foods"), r.work().stream().map(ParsedResume.Position::company).toList());
        assertEquals("University of Illinois Chicago", r.education().get(0).school());
    }

    @Test
    void aResumeInDutchIsSectioned() throws Exception {
        ParsedResume r = ResumeParser.parse("""
                Sanne de Vries
                Utrecht · sanne.devries@example.nl · 06 12345678

                Werkervaring
                jan 2020 – heden   Verpleegkundige, Diakonessenhuis
                mrt 2016 – dec 2019   Zorgassistent, Zorggroep Noord

                Opleiding
                2012 – 2016   Bachelor Verpleegkunde, Hogeschool Utrecht
                """.getBytes(StandardCharsets.UTF_8), ResumeFormat.TXT);
        assertEquals(2, r.work().size());
        assertEquals("2020-01", r.work().get(0).startDate());
        assertEquals(true, r.work().get(0).current());
        assertEquals("Hogeschool Utrecht", r.education().get(0).school());
    }
    @Test
    void aHeadingWrappedInTheMarginStartsItsSectionAtItsFirstWord() throws Exception {
        // res.cls-style layout: "Professional" beside the first employer line, "Experience" under it.
        List<TextLine> lines = List.of(
                new TextLine("Tobias Example", 1.6, false, false, 1),
                new TextLine("tobias@example.com", 1, false, false, 2),
                new TextLine("Education", 0.9, false, false, 3),
                new TextLine("Example University, Brisbane, QLD, Australia", 1, false, false, 3),
                new TextLine("Bachelor of Applied Science", 1, false, false, 4),
                new TextLine("March 2005 – November 2009", 1, false, false, 4),
                new TextLine("Professional", 0.9, false, false, 5),
                new TextLine("Northwind Traders, Kelowna, BC, Canada", 1, false, false, 5),
                new TextLine("Experience", 0.9, false, false, 6),
                new TextLine("Lead Network Engineer", 1, false, false, 6),
                new TextLine("April 2011 – present", 1, false, false, 6),
                new TextLine("Moved the branch offices to a shared network and trained their staff.", 1, false, false, 7));
        ParsedResume r = ResumeStructurer.structure(
                new ExtractedText(lines, List.of(), java.util.Set.of(), "single_column", 1), ResumeFormat.PDF);
        assertEquals(1, r.education().size());
        assertEquals(1, r.work().size());
        assertEquals("Northwind Traders", r.work().get(0).company());
        assertEquals("Kelowna, BC, Canada", r.work().get(0).location());
        assertEquals("Lead Network Engineer", r.work().get(0).title());
    }
}
