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
        assertName("Abhishek (Adam) Divekar", "Abhishek", "Divekar");
        assertName("John \"Jack\" Smith", "John", "Smith");
        assertName("HUANG, Wei-Lun", "Wei-Lun", "Huang");
        assertName("刘立超", "立超", "刘");
        assertName("欧阳娜娜", "娜娜", "欧阳");
    }

    private static void assertName(String text, String first, String last) {
        String[] split = ContactParser.splitName(text);
        assertEquals(first, split[0], text);
        assertEquals(last, split[1], text);
    }

    @Test
    void theNameIsNotAPlaceOrASchool() throws Exception {
        ParsedResume r = parse("""
                Czech Republic
                Jakub Novák
                jakub.novak@example.cz
                """);
        assertEquals("Jakub", r.firstName());
        assertEquals("Novák", r.lastName());
    }

    @Test
    void homePlacesAsPeoplePrintThem() throws Exception {
        assertHome("Located in Portland | jo@example.com", "Portland", null, null);
        assertHome("Sunderland, MA, 01375 | +15083303967", "Sunderland", "MA", null);
        assertHome("St. Paul, MN (Willing to relocate globally) | (651) 555-0119", "St. Paul", "MN", null);
        assertHome("Presidente Prudente (SP) / Brasil", "Presidente Prudente", "SP", "Brazil");
        assertHome("Ismailia, | +20 122 555 0137", "Ismailia", null, null);
        assertHome("Mahenova 635\nJeseník, 790 01\nCzech Republic", "Jeseník", null, "Czech Republic");
        assertHome("Darlingstraat 315 – 1102 MX, Amsterdam", "Amsterdam", null, null);
        assertHome("20 John Ball Close\nRugeley\nStaffordshire", "Rugeley", "Staffordshire", null);
    }

    @Test
    void aNameInCapitalsIsNoPlace() {
        assertNull(Places.parse("ADRIAN NG"));
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
        assertHome("Czech Republic\nBrno, Czech Republic", "Brno", null, "Czech Republic");
    }

    @Test
    void aLongNumberAloneOnItsLineIsThePhoneWhateverItsRegion() throws Exception {
        ParsedResume r = parse("Jane Example\n14 Mill Lane\nLeek\nStaffordshire\n07700900461\njane@example.com\n");
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
