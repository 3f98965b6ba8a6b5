package dev.vitae.resume.parser;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Words résumés use for job titles, employers, schools and degrees; the sections they come in. */
final class Vocabulary {

    enum Section { HEADER, CONTACT, LINKS, SUMMARY, WORK, EDUCATION, SKILLS, OTHER }

    /** "2 years 10 months": a duration some templates print under the dates. */
    static final Pattern DURATION = Pattern.compile("(?i)^\\d+\\s+(?:years?|yrs?|months?|mos?)(?:,?\\s+\\d+\\s+(?:months?|mos?))?$");

    /** Lines that label a block inside an entry rather than saying anything. */
    static final Set<String> NOISE = Set.of("highlights", "responsibilities", "achievements", "key achievements",
            "tasks", "courses", "skills", "keywords", "summary", "description");

    private static final Pattern PUNCTUATION = Pattern.compile("[,()/&|]");
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
            "counselor", "counsellor", "practitioner", "surgeon", "resident", "charge nurse", "midwife", "ambassador",
            "evangelist", "advocate", "mentor", "translator", "interpreter", "investigator", "worker", "attendant",
            "salesperson", "sales associate", "bartender", "barista", "waiter", "waitress", "cook", "baker", "butcher",
            "cleaner", "janitor", "lifeguard", "nanny", "demonstrator", "teaching assistant", "postdoctoral",
            // Dutch, German, French, Spanish, Portuguese, Italian
            "medewerker", "docent", "stagiair", "ontwikkelaar", "mitarbeiter", "entwickler", "ingenieur", "berater",
            "leiter", "werkstudent", "praktikant", "ingénieur", "développeur", "développeuse", "stagiaire", "chargé",
            "chargée", "responsable", "chef de projet", "desarrollador", "ingeniero", "analista", "gerente", "becario",
            "desenvolvedor", "engenheiro", "estagiário", "pesquisador", "professora", "sviluppatore", "tirocinante");

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
            + "seminary|lyceum|lycée|iit|mit|eth|epfl|ucl|lse|kth|tu)\\b|大学|大學|学院|學院");

    /** Chinese and Japanese words for job titles and employers: matched inside the text, as CJK has no spaces. */
    private static final List<String> CJK_TITLE_WORDS = List.of("工程师", "工程師", "经理", "經理", "设计师", "設計師", "架构师",
            "架構師", "总监", "總監", "主管", "专员", "專員", "助理", "顾问", "顧問", "研究员", "研究員", "实习生", "實習生", "开发",
            "開發", "分析师", "分析師", "会计", "會計", "教师", "教師", "主任", "总裁", "總裁", "エンジニア", "マネージャー");
    private static final List<String> CJK_COMPANY_WORDS = List.of("公司", "集团", "集團", "股份", "银行", "銀行", "研究院",
            "研究所", "事务所", "事務所", "株式会社", "有限会社");

    static int titleScore(String text) {
        return hits(text, TITLES) + cjkHits(text, CJK_TITLE_WORDS);
    }

    static int companyScore(String text) {
        return hits(text, COMPANIES) + cjkHits(text, CJK_COMPANY_WORDS);
    }

    private static int cjkHits(String text, List<String> words) {
        int hits = 0;
        for (String word : words) {
            if (text.contains(word)) {
                hits++;
            }
        }
        return hits;
    }

    static boolean isSchool(String text) {
        return SCHOOL.matcher(text).find();
    }

    /**
     * Single words as a set, phrases ("head of") padded with spaces: counted in one pass over the
     * text's words. With {@code plurals}, "assistants" counts as "assistant" (people, not "Schools").
     */
    private record WordList(java.util.Set<String> words, List<String> phrases, boolean plurals) {
        static WordList of(List<String> all, boolean plurals) {
            return new WordList(all.stream().filter(w -> !w.contains(" ")).collect(java.util.stream.Collectors.toSet()),
                    all.stream().filter(w -> w.contains(" ")).map(w -> " " + w + " ").toList(), plurals);
        }
    }

    private static final WordList TITLES = WordList.of(TITLE_WORDS, true);
    private static final WordList COMPANIES = WordList.of(COMPANY_WORDS, false);

    private static int hits(String text, WordList list) {
        String lower = " " + PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        int hits = 0;
        for (String word : new java.util.HashSet<>(java.util.Arrays.asList(lower.trim().split("\\s+")))) {
            // "Research assistants", "Software Engineers": a plural counts as the word.
            if (list.words().contains(word) || list.plurals() && word.length() > 4 && word.endsWith("s")
                    && list.words().contains(word.substring(0, word.length() - 1))) {
                hits++;
            }
        }
        for (String phrase : list.phrases()) {
            if (lower.contains(phrase)) {
                hits++;
            }
        }
        return hits;
    }
}
