package dev.vitae.resume.parser;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Words résumés use for their sections, job titles, employers, schools and degrees. */
final class Vocabulary {

    enum Section { HEADER, CONTACT, LINKS, SUMMARY, WORK, EDUCATION, SKILLS, OTHER }

    private static final Map<String, Section> HEADINGS = new HashMap<>();

    static {
        put(Section.WORK, "experience", "work experience", "professional experience", "employment", "employment history",
                "work history", "career history", "professional background", "relevant experience", "work", "career",
                "positions held", "experience & employment", "professional history", "working experience",
                "berufserfahrung", "expérience professionnelle", "experiencia");
        put(Section.EDUCATION, "education", "education & training", "education and training", "academic background",
                "academic history", "academics", "education & certifications", "education and certifications",
                "qualifications", "academic qualifications", "studies", "ausbildung", "formation");
        put(Section.SKILLS, "skills", "key skills", "technical skills", "core skills", "core competencies", "competencies",
                "skills & expertise", "skills and expertise", "expertise", "technologies", "skills & tools", "tools",
                "technical proficiencies", "areas of expertise", "skill set", "skillset", "tech stack",
                "skills & technologies", "strengths", "kenntnisse");
        put(Section.SUMMARY, "summary", "professional summary", "profile", "about", "about me", "objective",
                "career objective", "personal statement", "overview", "executive summary", "career summary",
                "professional profile", "introduction");
        put(Section.CONTACT, "contact", "contact information", "contact details", "personal details",
                "personal information", "details", "contact info");
        put(Section.LINKS, "profiles", "links", "online", "social", "online profiles", "social media", "websites");
        put(Section.OTHER, "projects", "personal projects", "certifications", "certificates", "licenses & certifications",
                "languages", "interests", "hobbies", "awards", "honors", "honors & awards", "awards & honors",
                "publications", "references", "volunteer", "volunteering", "volunteer experience", "activities",
                "achievements", "courses", "training", "memberships", "affiliations", "additional information",
                "selected projects", "research", "teaching", "patents", "talks", "presentations", "extracurricular");
    }

    private static void put(Section section, String... names) {
        for (String name : names) {
            HEADINGS.put(name, section);
        }
    }

    /** "2 years 10 months": a duration some templates print under the dates. */
    static final Pattern DURATION = Pattern.compile("(?i)^\\d+\\s+(?:years?|yrs?|months?|mos?)(?:,?\\s+\\d+\\s+(?:months?|mos?))?$");

    /** Lines that label a block inside an entry rather than saying anything. */
    static final Set<String> NOISE = Set.of("highlights", "responsibilities", "achievements", "key achievements",
            "tasks", "courses", "skills", "keywords", "summary", "description");

    private static final List<Object[]> HEADING_ROOTS = List.of(
            new Object[] { Section.WORK, Pattern.compile("(?i)\\b(experience|employment|work history|career history)\\b") },
            new Object[] { Section.EDUCATION, Pattern.compile("(?i)\\b(education|academic)") },
            new Object[] { Section.SKILLS, Pattern.compile("(?i)\\b(skills?|competenc\\w*|technologies|tech stack)\\b") },
            new Object[] { Section.SUMMARY, Pattern.compile("(?i)\\b(summary|profile|objective|about me)\\b") },
            new Object[] { Section.OTHER, Pattern.compile("(?i)\\b(projects?|certific\\w*|languages|interests|awards?|"
                    + "publications?|volunteer\\w*|references|achievements|hobbies|courses|honou?rs)\\b") });

    /**
     * A heading outside the vocabulary ("TECHNICAL SKILLS & TOOLS", "Work Experience and
     * Internships:"), recognised by a root word. Only for lines that look like headings.
     */
    static Section fuzzyHeading(String text) {
        String t = text.trim().replaceAll(":$", "");
        if (t.isEmpty() || t.split("\\s+").length > 5 || t.matches(".*\\d.*") || t.contains("@")) {
            return null;
        }
        for (Object[] root : HEADING_ROOTS) {
            if (((Pattern) root[1]).matcher(t).find()) {
                return (Section) root[0];
            }
        }
        return null;
    }

    /** The section a line announces, or null when it is not a heading. */
    static Section heading(String text) {
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[:：|_*#=]+", " ").replaceAll("\\s+", " ").trim();
        if (key.length() > 40) {
            return null;
        }
        return HEADINGS.get(key);
    }

    /**
     * [heading, rest] when a line begins with a section heading followed by other text
     * ("Education University of Manchester"), else null. The longest heading wins.
     */
    static String[] leadingHeading(String text) {
        String[] words = text.split("\\s+");
        for (int n = Math.min(4, words.length - 1); n >= 1; n--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            Section section = heading(head);
            if (section != null && section != Section.HEADER) {
                return new String[] { head, String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length)) };
            }
        }
        return null;
    }

    private static final List<String> TITLE_WORDS = List.of("engineer", "developer", "manager", "designer", "analyst",
            "scientist", "nurse", "intern", "director", "lead", "specialist", "consultant", "accountant", "researcher",
            "officer", "assistant", "coordinator", "architect", "administrator", "head of", "vp", "vice president", "chief",
            "associate", "representative", "technician", "teacher", "professor", "lecturer", "advisor", "adviser",
            "executive", "supervisor", "programmer", "editor", "writer", "marketer", "strategist", "founder", "owner",
            "principal", "staff", "senior", "junior", "sr.", "jr.", "trainee", "apprentice", "clerk", "agent", "auditor",
            "controller", "bookkeeper", "therapist", "physician", "doctor", "pharmacist", "counsel", "attorney", "lawyer",
            "paralegal", "secretary", "receptionist", "operator", "mechanic", "electrician", "planner", "buyer",
            "recruiter", "product owner", "scrum master", "devops", "support", "tutor", "instructor", "coach", "fellow",
            "postdoc", "student", "volunteer", "chef", "driver", "pilot", "photographer", "artist", "producer", "curator",
            "librarian", "surveyor", "inspector", "underwriter", "actuary", "economist", "statistician", "physicist",
            "chemist", "biologist", "paramedic", "midwife", "caregiver", "dentist", "hygienist", "veterinarian",
            "psychologist", "social worker", "generalist", "partner", "ux", "ui", "sre", "cto", "ceo", "cfo", "coo", "cmo",
            "head", "team lead", "tech lead", "contractor", "freelance", "freelancer", "president", "member", "trader",
            "banker", "teller", "cashier", "merchandiser", "storekeeper", "foreman", "superintendent", "registrar",
            "counselor", "counsellor", "practitioner", "surgeon", "resident", "charge nurse", "midwife", "ambassador");

    private static final List<String> COMPANY_WORDS = List.of("inc", "inc.", "llc", "ltd", "ltd.", "limited", "gmbh", "ag",
            "s.a.", "sa", "as", "asa", "ab", "bv", "b.v.", "nv", "plc", "co.", "corp", "corp.", "corporation", "company",
            "group", "holdings", "labs", "lab", "technologies", "technology", "systems", "solutions", "software", "studio",
            "studios", "agency", "partners", "associates", "consulting", "bank", "capital", "ventures", "health",
            "healthcare", "hospital", "clinic", "medical", "center", "centre", "university", "college", "institute",
            "foundation", "council", "ministry", "department", "government", "services", "media", "digital", "networks",
            "logistics", "energy", "pharma", "pharmaceuticals", "robotics", "ai", "analytics", "security", "telecom",
            "airlines", "motors", "foods", "retail", "shipping", "utilities", "hotels", "hotel", "insurance", "financial",
            "industries", "international", "global", "pty", "kg", "srl", "s.r.l.", "spa", "oy", "sarl", "llp", "lp",
            "gbr", "e.v.", "trust", "nhs", "works", "factory", "collective", "cooperative", "school", "academy",
            "biotech", "bio", "dynamics", "electric", "manufacturing", "partners", "law", "firm", "store", "stores",
            "market", "markets", "brands", "entertainment", "games", "interactive", "cloud", "data", "finance", "fintech",
            "research", "consultancy", "ltda", "kk", "mobility", "aerospace", "automotive", "construction", "sas", "s.a.s.",
            "se", "sl", "s.l.", "pte", "bhd", "sdn", "kft", "a/s", "aps", "gie", "s.p.a.", "atelier", "maison");

    private static final Pattern SCHOOL = Pattern.compile("(?iU)\\b(universit\\w*|college|institut\\w*|school|academy|"
            + "akademie|hochschule|polytechnic|politecnico|conservatory|ecole|école|escuela|faculty|schule|gymnasium|"
            + "seminary|lyceum|lycée|iit|mit|eth|epfl|ucl|lse|kth|tu)\\b");

    static int titleScore(String text) {
        return hits(text, TITLE_WORDS);
    }

    static int companyScore(String text) {
        return hits(text, COMPANY_WORDS);
    }

    static boolean isSchool(String text) {
        return SCHOOL.matcher(text).find();
    }

    private static int hits(String text, List<String> words) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[,()/&|]", " ") + " ";
        int hits = 0;
        for (String word : words) {
            if (lower.contains(" " + word + " ")) {
                hits++;
            }
        }
        return hits;
    }
}
