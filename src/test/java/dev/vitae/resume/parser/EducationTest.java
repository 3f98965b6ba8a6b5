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
                MSc. in Ocean Policy & Governance
                Royal Kingsmere, Department of Earth Sciences
                Oct 2020 – June 2021
                B.TECH. IN CHEMICAL & BIOMOLECULAR ENGINEERING
                IIT SUNDERPUR
                Expected May 2026 | Sunderpur, India
                """);
        assertSchool(schools.get(0), "University of Cape Town", "BA (Hons)", "Econometrics", "2015", "2018");
        assertSchool(schools.get(1), "University of Toronto", "Master of Science", "Statistics", "2018", "2020");
        assertSchool(schools.get(2), "Royal Kingsmere", "MSc.", "Ocean Policy & Governance", "2020-10", "2021-06");
        assertSchool(schools.get(3), "IIT SUNDERPUR", "B.TECH.", "CHEMICAL & BIOMOLECULAR ENGINEERING", null, "2026-05");
        assertEquals(4, schools.size());
    }

    @Test
    void placesGradesAndNotesAreNotPartOfTheSchoolOrField() throws Exception {
        List<School> schools = education("""
                University of Eastlake, Rockford, IL
                Bachelor of Arts (B.A.) - Art History (GPA: 3.6/4.0)
                Sep 2018 - May 2021
                Beskydy University, Zlín
                Bachelor of Applied Informatics - ungraduated
                2011 – 2014
                """);
        assertSchool(schools.get(0), "University of Eastlake", "Bachelor of Arts (B.A.)", "Art History",
                "2018-09", "2021-05");
        assertEquals("3.6/4.0", schools.get(0).gpa());
        assertSchool(schools.get(1), "Beskydy University", "Bachelor", "Applied Informatics", "2011", "2014");
    }

    @Test
    void twoDegreesListedUnderOneSchool() throws Exception {
        List<School> schools = education("""
                Cascade State University, Sep. 2012 – Jun. 2015
                • B.S. Civil Engineering, Harlow College of Engineering and Built Environment
                • Focus: coastal structures and hydraulics
                • B.S. Chemistry, College of Natural and Social Sciences
                """);
        assertEquals(2, schools.size());
        assertSchool(schools.get(0), "Cascade State University", "B.S.", "Civil Engineering", "2012-09", "2015-06");
        assertSchool(schools.get(1), "Cascade State University", "B.S.", "Chemistry", "2012-09", "2015-06");
    }

    @Test
    void degreesInOtherLanguages() throws Exception {
        List<School> schools = education("""
                Mestre em Ciências Ambientais | Universidade Estadual da Serra Azul
                ABR DE 2018 – FEV DE 2022
                okt 2015 – heden Bachelor Bouwkunde, Universiteit van Noordhaven.
                """);
        assertSchool(schools.get(0), "Universidade Estadual da Serra Azul", "Mestre", "Ciências Ambientais", "2018-04", "2022-02");
        assertSchool(schools.get(1), "Universiteit van Noordhaven", "Bachelor", "Bouwkunde", "2015-10", null);
    }

    @Test
    void descriptionSentencesAreNotSlots() throws Exception {
        List<School> schools = education("""
                2011–2014 Bachelor of Applied Informatics
                Beskydy University
                The final project compared ways of planning delivery routes for small regional courier firms.
                2007–2011 High school
                SPŠ Novákov
                """);
        assertEquals(2, schools.size());
        assertSchool(schools.get(1), "SPŠ Novákov", "High school", null, "2007", "2011");
    }

    @Test
    void abbreviatedDegreesBracketedPlacesMinorsAndDegreesNamingTheirOwnSchool() throws Exception {
        List<School> schools = education("""
                MSc. Candidate, Geology
                Dongbaek National University
                2019 - | Busan, South Korea
                University of Eastlake (Spokane WA)
                B.S. Industrial Engineering, Minor in Philosophy
                2009 – 2013
                Eastgate Institute of Technology, 2006 - 2010
                • Masters in Public Policy, Faculty of Social Sciences, Riverbend University, 2020
                BSE in Civil Engineering, Minor in History, Lakeside University, 2004
                """);
        assertEquals(5, schools.size());
        assertSchool(schools.get(0), "Dongbaek National University", "MSc.", "Geology", "2019", null);
        assertSchool(schools.get(1), "University of Eastlake", "B.S.", "Industrial Engineering", "2009", "2013");
        assertEquals("Eastgate Institute of Technology", schools.get(2).school());
        assertEquals("Riverbend University", schools.get(3).school());
        assertEquals("Masters", schools.get(3).degree());
        assertEquals("Public Policy", schools.get(3).fieldOfStudy());
        assertSchool(schools.get(4), "Lakeside University", "BSE", "Civil Engineering", null, "2004");
    }

    @Test
    void aShortRemarkAfterACompleteEntryEndsIt() throws Exception {
        List<School> schools = education("""
                MASTER OF PUBLIC ADMINISTRATION (Final year)
                ARC-ESM 2018 – 2019, Lille, France
                Evening classes alongside a full-time sales job.
                Vauban ENGINEERING DEGREE (Final year)
                Riviera Digital 2016 – 2019, Nice, France
                Engineering school with a broad first year and a final option in embedded systems.
                """);
        assertEquals(2, schools.size());
        assertSchool(schools.get(0), "ARC-ESM", "MASTER OF PUBLIC ADMINISTRATION", null, "2018", "2019");
        assertEquals("Riviera Digital", schools.get(1).school());
        assertEquals("2016", schools.get(1).startDate());
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
                Northfield University, Scotland
                B.Eng. in Electronic Engineering
                Upper second, with Merit, MSc-level final project
                Sept 2010 – June 2014
                ∙ Languages covered: Go, Rust, OCaml, Kotlin, Lua,
                Perl, Bash.
                ∙ Won the departmental prize for the best fi-
                nal-year project.
                ∙ Lab demonstrator for Signals and Systems,
                Bachelor of Engineering course at Lakeside University, 2013.
                Lakeside Academy, Scotland
                """);
        assertEquals(2, schools.size());
        assertSchool(schools.get(0), "Northfield University", "B.Eng.", "Electronic Engineering", "2010-09", "2014-06");
        assertEquals("Lakeside Academy", schools.get(1).school());
    }

    @Test
    void aNoteBetweenSeparatorsIsNoSchool() throws Exception {
        List<School> schools = education("""
                2011–2014 Bachelor of Applied Informatics - ungraduated | Beskydy University, Zlín
                """);
        assertEquals(1, schools.size());
        assertSchool(schools.get(0), "Beskydy University", "Bachelor", "Applied Informatics", "2011", "2014");
    }

    @Test
    void aFocusIsNoPartOfTheFieldAndACertificateNamedAfterItsSubjectIsADegree() throws Exception {
        List<School> schools = education("""
                Doctor of Philosophy (Ph.D.) candidate in Urban Ecology, with a focus on wetlands, (In-Progress)
                Lakeshore State University (Duluth, MN)
                Technical Editing Graduate Certificate (TEGC), Editing and Publishing -12 credits
                Lakeshore State University (Duluth, MN) 2021
                Master of Arts (M.A.) in Linguistics
                Prairie College (Fargo, ND) 2018
                """);
        assertEquals(3, schools.size());
        assertSchool(schools.get(0), "Lakeshore State University", "Doctor of Philosophy (Ph.D.)", "Urban Ecology", null, null);
        assertEquals("Technical Editing Graduate Certificate (TEGC)", schools.get(1).degree());
        assertEquals("Editing and Publishing", schools.get(1).fieldOfStudy());
        assertEquals("Lakeshore State University", schools.get(1).school());
        assertEquals("Prairie College", schools.get(2).school());
        assertEquals("Master of Arts (M.A.)", schools.get(2).degree());
        assertEquals("Linguistics", schools.get(2).fieldOfStudy());
    }

    @Test
    void aQualificationAfterTheSchoolsNameAndAnAwardInASubject() throws Exception {
        List<School> schools = education("""
                Moorside High School GCSE eight passes including Art and History
                Northbridge College
                NVQ Level 3 Carpentry and Joinery
                NCFE Level 2 Award In Retail Skills
                NCFE Level 1 Certificate In Team Leading And Supervision
                """);
        assertEquals(4, schools.size());
        assertEquals("Moorside High School", schools.get(0).school());
        assertEquals("GCSE", schools.get(0).degree());
        assertSchool(schools.get(1), "Northbridge College", "NVQ Level 3", "Carpentry and Joinery", null, null);
        assertEquals("NCFE Level 2 Award", schools.get(2).degree());
        assertEquals("Retail Skills", schools.get(2).fieldOfStudy());
        assertEquals(null, schools.get(2).school());
        assertEquals("NCFE Level 1 Certificate", schools.get(3).degree());
        assertEquals("Team Leading And Supervision", schools.get(3).fieldOfStudy());
    }

    @Test
    void aDegreeNamedByItsLength() throws Exception {
        List<School> schools = education("""
                3 years degree MECHANICAL DESIGN AND PRODUCTION Systems
                IUT de Nantes 2014 – 2017, Nantes, France
                """);
        assertEquals(1, schools.size());
        assertSchool(schools.get(0), "IUT de Nantes", "3 years degree", "MECHANICAL DESIGN AND PRODUCTION Systems", "2014", "2017");
    }

    @Test
    void aLabelledSpecialisationNamesTheFieldOverADepartment() throws Exception {
        List<School> schools = education("""
                EASTERN INSTITUTE OF MINING AND GEOLOGY
                • BACHELOR OF SCIENCES
                Department of Geodesy and Remote Sensing
                Specialization: Mine Surveying and Geomatics
                Supervisor: Anna Example
                September 2013 – July 2017
                """);
        assertEquals(1, schools.size());
        assertSchool(schools.get(0), "EASTERN INSTITUTE OF MINING AND GEOLOGY", "BACHELOR OF SCIENCES",
                "Mine Surveying and Geomatics", "2013-09", "2017-07");
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
