package dev.vitae.resume.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Date ranges in the shapes and languages real résumés print them. */
class DatesTest {

    @Test
    void rangesInOtherLanguages() {
        assertRange("nov 2018 – heden", "2018-11", null, true);
        assertRange("mei 2015 – juli 2021", "2015-05", "2021-07", false);
        assertRange("mrt 2016 – dec 2019", "2016-03", "2019-12", false);
        assertRange("ABR DE 2017 – JUN DE 2022", "2017-04", "2022-06", false);
        assertRange("SET DE 2022 – O MOMENTO: 2 ANOS", "2022-09", null, true);
        assertRange("2012/04 – 至今", "2012-04", null, true);
        assertRange("2013年5月 - 2016年10月", "2013-05", "2016-10", false);
        assertRange("gennaio 2018 - marzo 2020", "2018-01", "2020-03", false);
        assertRange("outubro 2015 até dezembro 2017", "2015-10", "2017-12", false);
    }

    @Test
    void rangesAsPeopleTypeThem() {
        assertRange("03/ 2023 to Present", "2023-03", null, true);
        assertRange("Westmoor college ………………11 / 2024- Present", "2024-11", null, true);
        assertRange("2022→present", "2022", null, true);
        assertRange("April 2022 until now.", "2022-04", null, true);
        assertRange("July – SEptember 2021: intern in bridges engineering", "2021-07", "2021-09", false);
        assertRange("March - May 2021 | Cloud Storage", "2021-03", "2021-05", false);
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
