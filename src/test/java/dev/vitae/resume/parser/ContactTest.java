package dev.vitae.resume.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.vitae.resume.ParsedResume;
import dev.vitae.resume.ResumeFormat;

/** Who the person is and where they live, as the top of real résumés prints it. */
class ContactTest {

    @Test
    void namesWithNicknamesFamilyNameFirstAndInChinese() {
        assertName("Pradeep (Dee) Kulkarni", "Pradeep", "Kulkarni");
        assertName("Robert \"Bob\" Miller", "Robert", "Miller");
        assertName("CHEN, Yu-Ting", "Yu-Ting", "Chen");
        assertName("王小明", "小明", "王");
        assertName("欧阳明月", "明月", "欧阳");
    }

    private static void assertName(String text, String first, String last) {
        String[] split = ContactParser.splitName(text);
        assertEquals(first, split[0], text);
        assertEquals(last, split[1], text);
    }

    @Test
    void theNameIsNotAPlaceOrASchool() throws Exception {
        ParsedResume r = parse("""
                New Zealand
                Daniel Quirós
                daniel.quiros@example.com
                """);
        assertEquals("Daniel", r.firstName());
        assertEquals("Quirós", r.lastName());
    }

    @Test
    void homePlacesAsPeoplePrintThem() throws Exception {
        assertHome("Located in Denver | jo@example.com", "Denver", null, null);
        assertHome("Concord, NH, 03301 | +16035550147", "Concord", "NH", null);
        assertHome("St. Louis, MO (Open to relocating for the right role) | (314) 555-0119", "St. Louis", "MO", null);
        assertHome("Belo Horizonte (MG) / Brasil", "Belo Horizonte", "MG", "Brazil");
        assertHome("Zagazig, | +20 122 555 0137", "Zagazig", null, null);
        assertHome("Husova 12\nTábor, 390 02\nCzech Republic", "Tábor", null, "Czech Republic");
        assertHome("Lindenlaan 48 – 3512 AB, Utrecht", "Utrecht", null, null);
        assertHome("8 Orchard Close\nKendal\nCumbria", "Kendal", "Cumbria", null);
    }

    @Test
    void aNameInCapitalsIsNoPlace() {
        assertNull(Places.parse("KEVIN LI"));
        assertEquals("Germany", Places.parse("Hamburg DE").country());
    }

    @Test
    void aSiteOnTheEmailDomainIsTheWebsiteAndAGithubProfileBeatsARepository() throws Exception {
        ParsedResume r = parse("""
                Noor Haddad
                noor@haddad.dev | haddad.dev | github.com/noorh/dotfiles
                Amman | noorhaddad.ng
                """);
        assertEquals("noor@haddad.dev", r.email());
        assertEquals(java.util.Set.of("https://haddad.dev", "https://noorhaddad.ng"),
                java.util.Set.of(r.portfolio(), r.website()));
        assertEquals("https://github.com/noorh/dotfiles", r.github());

        ParsedResume profile = parse("""
                Noor Haddad
                noor@example.com | github.com/noorh/dotfiles
                Projects at github.com/noorh.
                """);
        assertEquals("https://github.com/noorh", profile.github());
        // The address inside the e-mail is not a website of its own.
        ParsedResume onlyEmail = parse("Noor Haddad\nnoor@haddad.dev\n");
        assertNull(onlyEmail.portfolio());
        assertNull(onlyEmail.website());
    }

    @Test
    void aCountryAloneIsTheHomeOnlyWhenNoTownIsPrinted() throws Exception {
        assertHome("India | +91 98450 12345", null, null, "India");
        assertHome("Norway\nBergen, Norway", "Bergen", null, "Norway");
    }

    @Test
    void aLongNumberAloneOnItsLineIsThePhoneWhateverItsRegion() throws Exception {
        ParsedResume r = parse("Jane Example\n14 Mill Lane\nBuxton\nDerbyshire\n07700900461\njane@example.com\n");
        assertEquals("07700900461", r.phone());
    }

    @Test
    void aBulletGluedToThePlaceStillSeparatesIt() throws Exception {
        ParsedResume spaced = parse("Jane Example\n407.555.0142 • Tampa, FL • jane@example.com\n");
        assertHome("407.555.0142 • Tampa, FL• jane@example.com", "Tampa", "FL", spaced.country());
    }

    private static void assertHome(String lines, String city, String state, String country) throws Exception {
        ParsedResume r = parse("Jane Example\n" + lines + "\njane@example.com\n");
        assertEquals(city, r.city(), lines);
        assertEquals(state, r.state(), lines);
        assertEquals(country, r.country(), lines);
    }

    private static ParsedResume parse(String text) throws Exception {
        return ResumeParser.parse((text + "\nExperience\nAnalyst, Acme Corp, 2020 – 2022\n").getBytes(StandardCharsets.UTF_8),
                ResumeFormat.TXT);
    }
}
