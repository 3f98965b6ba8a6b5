package dev.vitae.resume.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.vitae.resume.ParsedResume;
import dev.vitae.resume.ParsedResume.School;
import dev.vitae.resume.ResumeFormat;

/** Schools, degrees and fields in the arrangements résumés print them. */
class EducationTest {

    @Test
    void degreeFieldAndSchoolInAnyOrder() throws Exception {
        List<School> schools = education("""
                BA (Hons) Econometrics, University of Cape Town, 2015 – 2018
                University of Toronto — Master of Science in Statistics
                2018 – 2020
                MSc. in Data Science & Analytics
                Royal Holloway, Department of Computer Science
                Oct 2020 – June 2021
                B.TECH. IN COMPUTER SCIENCE & ENGINEERING
                IIT JODHPUR
                Expected May 2026 | Jodhpur, India
                """);
        assertSchool(schools.get(0), "University of Cape Town", "BA (Hons)", "Econometrics", "2015", "2018");
        assertSchool(schools.get(1), "University of Toronto", "Master of Science", "Statistics", "2018", "2020");
        assertSchool(schools.get(2), "Royal Holloway", "MSc.", "Data Science & Analytics", "2020-10", "2021-06");
        assertSchool(schools.get(3), "IIT JODHPUR", "B.TECH.", "COMPUTER SCIENCE & ENGINEERING", null, "2026-05");
        assertEquals(4, schools.size());
    }

    @Test
    void placesGradesAndNotesAreNotPartOfTheSchoolOrField() throws Exception {
        List<School> schools = education("""
                University of Massachusetts, Amherst, MA
                Bachelor of Arts (B.A.) - Political Science (GPA: 3.7/4.0)
                Aug 2019 - May 2022
                Palacký University, Olomouc
                Bachelor of Computer Science - ungraduated
                2012 – 2016
                """);
        assertSchool(schools.get(0), "University of Massachusetts", "Bachelor of Arts (B.A.)", "Political Science",
                "2019-08", "2022-05");
        assertEquals("3.7/4.0", schools.get(0).gpa());
        assertSchool(schools.get(1), "Palacký University", "Bachelor", "Computer Science", "2012", "2016");
    }

    @Test
    void twoDegreesListedUnderOneSchool() throws Exception {
        List<School> schools = education("""
                Portland State University, Sep. 2013 – Jun. 2016
                • B.S. Mechanical Engineering, Maseeh College of Engineering and Computer Science
                • Focus: heat and mass transfer
                • B.S. Physics, College of Liberal Arts and Sciences
                """);
        assertEquals(2, schools.size());
        assertSchool(schools.get(0), "Portland State University", "B.S.", "Mechanical Engineering", "2013-09", "2016-06");
        assertSchool(schools.get(1), "Portland State University", "B.S.", "Physics", "2013-09", "2016-06");
    }

    @Test
    void degreesInOtherLanguages() throws Exception {
        List<School> schools = education("""
                Mestre em Ciências Cartográficas | Universidade Estadual Paulista
                MAR DE 2019 – MAR DE 2023
                sep 2016 – heden Bachelor Informatica, Universiteit van Amsterdam.
                """);
        assertSchool(schools.get(0), "Universidade Estadual Paulista", "Mestre", "Ciências Cartográficas", "2019-03", "2023-03");
        assertSchool(schools.get(1), "Universiteit van Amsterdam", "Bachelor", "Informatica", "2016-09", null);
    }

    @Test
    void descriptionSentencesAreNotSlots() throws Exception {
        List<School> schools = education("""
                2012–2016 Bachelor of Computer Science
                Palacký University
                This thesis deals with the problem of finding running applications on GNU/Linux which need a restart.
                2008–2012 High school
                SPŠ Bruntál
                """);
        assertEquals(2, schools.size());
        assertSchool(schools.get(1), "SPŠ Bruntál", "High school", null, "2008", "2012");
    }

    @Test
    void abbreviatedDegreesBracketedPlacesMinorsAndDegreesNamingTheirOwnSchool() throws Exception {
        List<School> schools = education("""
                MSc. Candidate, Physics
                Hanbit National University
                2017 - | Daejeon, South Korea
                University of Washington (Seattle WA)
                B.S. Electrical Engineering, Minor in Economics
                2010 – 2014
                Nile Delta Institute of Technology, 2006 - 2010
                • Masters in Public Policy, Faculty of Commerce, Canal Zone University, 2020
                BSE in Civil Engineering, Minor in History, Lakeside University, 2004
                """);
        assertEquals(5, schools.size());
        assertSchool(schools.get(0), "Hanbit National University", "MSc.", "Physics", "2017", null);
        assertSchool(schools.get(1), "University of Washington", "B.S.", "Electrical Engineering", "2010", "2014");
        assertEquals("Nile Delta Institute of Technology", schools.get(2).school());
        assertEquals("Masters", schools.get(3).degree());
        assertEquals("Public Policy", schools.get(3).fieldOfStudy());
        assertSchool(schools.get(4), "Lakeside University", "BSE", "Civil Engineering", null, "2004");
    }

    @Test
    void aShortRemarkAfterACompleteEntryEndsIt() throws Exception {
        List<School> schools = education("""
                MASTER OF BUSINESS ADMINISTRATION (Final year)
                ESM-IAE 2019 – 2020, Lyon, France
                Double degree in management, economics, finance courses.
                Polytech ENGINEERING DEGREE (Final year)
                Telecom Valley 2017 – 2020, Nice, France
                Grande école of engineering with a generalist curriculum and a specialization in networks.
                """);
        assertEquals(2, schools.size());
        assertSchool(schools.get(0), "ESM-IAE", "MASTER OF BUSINESS ADMINISTRATION", null, "2019", "2020");
        assertEquals("Telecom Valley", schools.get(1).school());
        assertEquals("2017", schools.get(1).startDate());
    }

    @Test
    void whereEntriesPutTheSchoolBesideItsDatesAnUndatedSchoolishLineAboveNamesTheStudies() throws Exception {
        List<School> schools = education("""
                Master of Public Health
                Northfield Institute 2019 – 2021, Leeds, UK
                Epidemiology and biostatistics with a placement at a regional health authority.
                University preparatory course
                Westmoor University 2016 – 2018, York, UK
                """);
        assertEquals(2, schools.size(), schools.toString());
        assertSchool(schools.get(0), "Northfield Institute", "Master of Public Health", null, "2019", "2021");
        assertSchool(schools.get(1), "Westmoor University", null, "University preparatory course", "2016", "2018");
    }

    @Test
    void wrappedListItemsUnderASchoolAreDetailsAndAccreditationIsNoDegree() throws Exception {
        List<School> schools = education("""
                Northfield University, Wales
                B.Eng. in Software Engineering
                1st class, with Honours, BCS-accredited
                Sept 2011 – June 2015
                ∙ Technologies used: Java, C++, C, Haskell, Python,
                Ruby, PHP.
                ∙ Graduated top of the class out of ap-
                proximately 80 people.
                ∙ Teaching assistant in Data Structures II,
                Bachelor of Computer Science course at Lakeside University, 2014.
                Lakeside Comprehensive School, Wales
                """);
        assertEquals(2, schools.size());
        assertSchool(schools.get(0), "Northfield University", "B.Eng.", "Software Engineering", "2011-09", "2015-06");
        assertEquals("Lakeside Comprehensive School", schools.get(1).school());
    }

    @Test
    void aNoteBetweenSeparatorsIsNoSchool() throws Exception {
        List<School> schools = education("""
                2012–2016 Bachelor of Computer Science - ungraduated | Palacký University, Olomouc
                """);
        assertEquals(1, schools.size());
        assertSchool(schools.get(0), "Palacký University", "Bachelor", "Computer Science", "2012", "2016");
    }

    @Test
    void aFocusIsNoPartOfTheFieldAndACertificateNamedAfterItsSubjectIsADegree() throws Exception {
        List<School> schools = education("""
                Doctor of Philosophy (Ph.D.) student in Digital Humanities, with a focus on archives, (In-Progress)
                Lakeshore State University (Duluth, MN)
                Technical Editing Graduate Certificate (TEGC), Writing and Rhetoric -15 credits
                Lakeshore State University (Duluth, MN) 2021
                Master of Arts (M.A.) in Education
                Prairie College (Fargo, ND) 2018
                """);
        assertEquals(3, schools.size());
        assertSchool(schools.get(0), "Lakeshore State University", "Doctor of Philosophy (Ph.D.)", "Digital Humanities", null, null);
        assertEquals("Technical Editing Graduate Certificate (TEGC)", schools.get(1).degree());
        assertEquals("Writing and Rhetoric", schools.get(1).fieldOfStudy());
        assertEquals("Lakeshore State University", schools.get(1).school());
        assertEquals("Prairie College", schools.get(2).school());
        assertEquals("Master of Arts (M.A.)", schools.get(2).degree());
        assertEquals("Education", schools.get(2).fieldOfStudy());
    }

    @Test
    void aQualificationAfterTheSchoolsNameAndAnAwardInASubject() throws Exception {
        List<School> schools = education("""
                Moorside High School GCSE B’s and C’s in Maths and English
                Northbridge College
                NVQ Level 2 Catering and Hospitality
                NCFE Level 1 Award In Customer Service
                NCFE Level 2 Certificate In Health And Safety
                """);
        assertEquals(4, schools.size());
        assertEquals("Moorside High School", schools.get(0).school());
        assertEquals("GCSE", schools.get(0).degree());
        assertSchool(schools.get(1), "Northbridge College", "NVQ Level 2", "Catering and Hospitality", null, null);
        assertEquals("NCFE Level 1 Award", schools.get(2).degree());
        assertEquals("Customer Service", schools.get(2).fieldOfStudy());
        assertEquals(null, schools.get(2).school());
        assertEquals("NCFE Level 2 Certificate", schools.get(3).degree());
        assertEquals("Health And Safety", schools.get(3).fieldOfStudy());
    }

    @Test
    void aDegreeNamedByItsLength() throws Exception {
        List<School> schools = education("""
                2 years degree ELECTRICAL ENGINEERING AND INDUSTRIAL Computing
                IUT de Lyon 2015 – 2017, Lyon, France
                """);
        assertEquals(1, schools.size());
        assertSchool(schools.get(0), "IUT de Lyon", "2 years degree", "ELECTRICAL ENGINEERING AND INDUSTRIAL Computing", "2015", "2017");
    }

    @Test
    void aLabelledSpecialisationNamesTheFieldOverADepartment() throws Exception {
        List<School> schools = education("""
                NORTHERN INSTITUTE OF PHYSICS AND TECHNOLOGY
                • BACHELOR OF SCIENCES
                Department of Control and Applied Mathematics
                Specialization: Applied Mathematics and Physics
                Supervisor: Jan Novak
                September 2014 – August 2019
                """);
        assertEquals(1, schools.size());
        assertSchool(schools.get(0), "NORTHERN INSTITUTE OF PHYSICS AND TECHNOLOGY", "BACHELOR OF SCIENCES",
                "Applied Mathematics and Physics", "2014-09", "2019-08");
    }

    private static List<School> education(String lines) throws Exception {
        ParsedResume r = ResumeParser.parse(("Jane Example\njane@example.com\n\nEducation\n" + lines)
                .getBytes(StandardCharsets.UTF_8), ResumeFormat.TXT);
        return r.education();
    }

    private static void assertSchool(School school, String name, String degree, String field, String start, String end) {
        assertEquals(name, school.school(), "school");
        assertEquals(degree, school.degree(), "degree of " + name);
        assertEquals(field, school.fieldOfStudy(), "field at " + name);
        assertEquals(start, school.startDate(), "start at " + name);
        assertEquals(end, school.endDate(), "end at " + name);
    }
}
