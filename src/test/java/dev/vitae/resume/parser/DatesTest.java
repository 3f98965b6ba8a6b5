package dev.vitae.resume.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Date ranges in the shapes and languages real résumés print them. */
class DatesTest {

    @Test
    void rangesInOtherLanguages() {
        assertRange("sep 2016 – heden", "2016-09", null, true);
        assertRange("feb 2017 – juli 2022", "2017-02", "2022-07", false);
        assertRange("mrt 2016 – dec 2019", "2016-03", "2019-12", false);
        assertRange("MAR DE 2019 – MAR DE 2023", "2019-03", "2023-03", false);
        assertRange("MAR DE 2023 – O MOMENTO: 3 ANOS", "2023-03", null, true);
        assertRange("2009/08 – 至今", "2009-08", null, true);
        assertRange("2009年8月 - 2011年7月", "2009-08", "2011-07", false);
        assertRange("gennaio 2018 - marzo 2020", "2018-01", "2020-03", false);
        assertRange("outubro 2015 até dezembro 2017", "2015-10", "2017-12", false);
    }

    @Test
    void rangesAsPeopleTypeThem() {
        assertRange("08/ 2024 to Present", "2024-08", null, true);
        assertRange("South college ………………07 / 2025- Present", "2025-07", null, true);
        assertRange("2024→present", "2024", null, true);
        assertRange("April 2022 until now.", "2022-04", null, true);
        assertRange("June – AUgust 2019: intern in satellites engineering", "2019-06", "2019-08", false);
        assertRange("May - July 2020 | Azure Backup", "2020-05", "2020-07", false);
        assertRange("Nov – Feb 2020", "2019-11", "2020-02", false);
        assertRange("Sep. 2023 – Mar. 2024", "2023-09", "2024-03", false);
        assertRange("2019/05 – 2021/11", "2019-05", "2021-11", false);
        assertRange("Summer 2012 – Fall 2013", "2012", "2013", false);
        assertRange("Jan 2020 - Now", "2020-01", null, true);
        assertRange("2021 –", "2021", null, true);
        assertRange("Oakridge Medical CenterJun 2024 – Present", "2024-06", null, true);
        assertRange("Graduated 2015 - 2019", "2015", "2019", false);
    }

    @Test
    void wordsThatAreNoMonths() {
        assertNull(Dates.findRange("Grammar 2019 award"));
        assertEquals("2019", Dates.findSingle("Grammar 2019 award").to());
        assertNull(Dates.normalize("Class of 2017"));
    }

    private static void assertRange(String text, String from, String to, boolean current) {
        Dates.Range range = Dates.findRange(text);
        assertNotNull(range, text);
        assertEquals(from, range.from(), text);
        assertEquals(to, range.to(), text);
        assertEquals(current, range.current(), text);
    }
}
