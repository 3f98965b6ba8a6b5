package dev.vitae.resume.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.vitae.resume.parser.Vocabulary.Section;

/**
 * Section headings as résumés print them, in the languages résumés come in (English, French,
 * German, Spanish, Portuguese, Italian, Dutch, Nordic, Polish, Chinese, Japanese), however they
 * are dressed: letter-spaced ("E X P E R I E N C E"), numbered ("2. Education"), counted ("WORK
 * EXPERIENCE (5)"), with icons, colons or rules. A heading is recognised by its whole text, or —
 * for short lines that look like headings — by a root word ("Research Experience").
 */
final class Headings {

    private static final Map<String, Section> EXACT = new HashMap<>();
    /** The same headings without spaces, for letter-spaced ones whose word gaps are lost ("WORKHISTORY"). */
    private static final Map<String, Section> CLOSED = new HashMap<>();
    private static final List<Object[]> ROOTS = new ArrayList<>();
    private static final int MAX_HEADING_WORDS = 6;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:\\d{1,2}|[ivx]{1,4})[.)]\\s+");
    private static final Pattern COUNT = Pattern.compile("\\s*[(\\[]\\s*\\d{1,3}\\s*[)\\]]\\s*$");

    static {
        exact(Section.WORK, "experience", "experiences", "work experience", "professional experience", "employment",
                "employment history", "work history", "career history", "professional background", "relevant experience",
                "work", "career", "positions held", "positions", "experience and employment", "professional history",
                "working experience", "work and experience", "internships", "internship experience", "jobs",
                "berufserfahrung", "berufliche erfahrung", "beruflicher werdegang", "werdegang", "praxiserfahrung",
                "experience professionnelle", "experiences professionnelles", "parcours professionnel",
                "experiencia", "experiencia laboral", "experiencia profesional", "trayectoria profesional",
                "experiencia profissional", "historico profissional", "esperienza", "esperienze",
                "esperienza lavorativa", "esperienze lavorative", "esperienza professionale", "esperienze professionali",
                "werkervaring", "ervaring", "loopbaan", "arbeidsverleden", "arbetslivserfarenhet", "erfarenhet",
                "erhvervserfaring", "arbejdserfaring", "arbeidserfaring", "doswiadczenie", "doswiadczenie zawodowe",
                "工作经历", "工作经验", "工作經歷", "工作經驗", "职业经历", "實習經歷", "实习经历", "職歴", "職務経歴");
        exact(Section.EDUCATION, "education", "education and training", "academic background", "academic history",
                "academics", "education and certifications", "qualifications", "academic qualifications", "studies",
                "degrees", "schooling", "academic record", "ausbildung", "bildung", "studium", "bildungsweg",
                "schulbildung", "akademischer werdegang", "formation", "formations", "etudes", "diplomes", "cursus",
                "formation academique", "scolarite", "educacion", "formacion", "formacion academica", "estudios",
                "educacao", "formacao", "formacao academica", "escolaridade", "istruzione", "formazione", "studi",
                "opleiding", "opleidingen", "onderwijs", "studie", "utbildning", "uddannelse", "utdanning",
                "wyksztalcenie", "edukacja", "教育背景", "教育经历", "教育經歷", "学历", "學歷", "学歴");
        exact(Section.SKILLS, "skills", "key skills", "technical skills", "core skills", "core competencies",
                "competencies", "skills and expertise", "expertise", "technologies", "skills and tools", "tools",
                "technical proficiencies", "areas of expertise", "skill set", "skillset", "tech stack",
                "skills and technologies", "strengths", "computer skills", "technical", "proficiencies", "knowledge",
                "programming", "programming languages", "kenntnisse", "fahigkeiten", "kompetenzen", "competences",
                "connaissances", "savoir faire", "outils", "habilidades", "competencias", "conocimientos", "aptitudes",
                "conhecimentos", "competenze", "abilita", "conoscenze", "vaardigheden", "competenties", "kennis",
                "computervaardigheden", "kompetenser", "faerdigheder", "ferdigheter", "umiejetnosci",
                "技能", "专业技能", "專業技能", "技术能力", "专业技能和语言能力", "スキル");
        exact(Section.SUMMARY, "summary", "professional summary", "profile", "about", "about me", "objective",
                "career objective", "personal statement", "overview", "executive summary", "career summary",
                "professional profile", "introduction", "bio", "biography", "who am i", "personal profile",
                "profil", "a propos", "a propos de moi", "objectif", "uber mich", "zusammenfassung", "kurzprofil",
                "perfil", "resumen", "sobre mi", "objetivo", "resumo", "sobre mim", "profilo", "sommario", "chi sono",
                "obiettivo", "profiel", "samenvatting", "over mij", "doel", "sammanfattning", "om mig", "podsumowanie",
                "个人简介", "自我评价", "自我評價", "个人总结", "自我介绍", "自我介紹", "简介", "個人簡介");
        exact(Section.CONTACT, "contact", "contact information", "contact details", "personal details",
                "personal information", "details", "contact info", "personal data", "coordonnees",
                "informations personnelles", "kontakt", "personliche daten", "personliche angaben", "contacto",
                "datos personales", "contato", "dados pessoais", "contatti", "dati personali", "contactgegevens",
                "persoonlijke gegevens", "personalia", "kontaktuppgifter", "联系方式", "聯絡方式", "个人信息", "個人資料", "基本信息");
        exact(Section.LINKS, "profiles", "links", "online", "social", "online profiles", "social media", "websites");
        exact(Section.OTHER, "projects", "personal projects", "certifications", "certificates",
                "licenses and certifications", "languages", "interests", "hobbies", "awards", "honors", "honours",
                "honors and awards", "awards and honors", "publications", "references", "volunteer", "volunteering",
                "volunteer experience", "activities", "achievements", "courses", "training", "memberships", "affiliations",
                "additional information", "selected projects", "research", "teaching", "patents", "talks",
                "presentations", "extracurricular", "leadership", "conferences", "coursework", "relevant coursework",
                "miscellaneous", "misc", "other", "others", "community", "open source", "grants", "scholarships",
                "projets", "langues", "centres d interet", "loisirs", "interets", "distinctions", "benevolat", "divers",
                "projekte", "sprachen", "interessen", "hobbys", "zertifikate", "publikationen", "ehrenamt", "sonstiges",
                "proyectos", "idiomas", "intereses", "aficiones", "certificaciones", "publicaciones", "voluntariado",
                "otros", "projetos", "linguas", "interesses", "certificacoes", "publicacoes", "outros", "progetti",
                "lingue", "interessi", "certificazioni", "pubblicazioni", "projecten", "talen", "hobby s",
                "certificaten", "publicaties", "overig", "nevenactiviteiten", "projekt", "sprak", "jezyki",
                "项目经历", "项目经验", "專案經歷", "项目描述", "语言能力", "证书", "获奖", "兴趣爱好");

        root(Section.WORK, "experience|employment|work history|career history|internships?|berufserfahrung|werdegang|"
                + "experiencia|experiencias|esperienz[ae]|werkervaring|ervaring|erfarenhet|erfaring|doswiadczenie|"
                + "工作|职业|職業|实习|實習|職歴");
        root(Section.EDUCATION, "education|academic|ausbildung|studium|formation|formacion|formacao|educacion|educacao|"
                + "istruzione|opleiding|utbildning|uddannelse|utdanning|wyksztalcenie|教育|学历|學歷|学歴");
        root(Section.SKILLS, "skills?|competenc\\w*|technologies|tech stack|proficienc\\w*|kenntnisse|fahigkeiten|"
                + "competences|habilidades|competencias|competenze|vaardigheden|技能|技术|技術");
        root(Section.SUMMARY, "summary|profile|objective|about me|biography|profil|perfil|profilo|profiel|简介|簡介|评价|評價");
        root(Section.OTHER, "projects?|certific\\w*|languages|interests|awards?|publications?|volunteer\\w*|references|"
                + "achievements|hobbies|courses|honou?rs|leadership|activities|conferences|seminars|coursework|"
                + "projets|projekte|proyectos|projetos|progetti|projecten|idiomas|langues|sprachen|talen|lingue|"
                + "项目|項目|证书|證書|语言|語言");
    }

    private Headings() {
    }

    private static void exact(Section section, String... names) {
        for (String name : names) {
            EXACT.put(name, section);
            CLOSED.putIfAbsent(name.replace(" ", ""), section);
        }
    }

    private static void root(Section section, String alternatives) {
        ROOTS.add(new Object[] { section, Pattern.compile("(?:^|\\s|[^\\p{IsLatin}])(?:" + alternatives + ")(?:$|\\s|[^\\p{IsLatin}])") });
    }

    /** The section this line's whole text names, or null. */
    static Section exact(String text) {
        String key = key(text);
        if (key == null) {
            return null;
        }
        Section section = EXACT.get(key);
        return section != null || key.contains(" ") ? section : CLOSED.get(key);
    }

    /**
     * The section a short, heading-like line names by a root word ("Research Experience",
     * "TECHNICAL SKILLS & TOOLS", "Formation académique"), or null. Callers use it only for
     * lines whose typography says "heading".
     */
    static Section byRoot(String text) {
        String key = key(text);
        if (key == null) {
            return null;
        }
        Section exact = exact(text);
        if (exact != null) {
            return exact;
        }
        if (key.split(" ").length > MAX_HEADING_WORDS || key.matches(".*\\d.*")) {
            return null;
        }
        for (Object[] root : ROOTS) {
            if (((Pattern) root[1]).matcher(key).find()) {
                return (Section) root[0];
            }
        }
        return null;
    }

    /**
     * [heading, rest] when a line begins with a section heading followed by other text
     * ("Education University of Manchester"), else null. The longest heading wins.
     */
    static String[] leading(String text) {
        String[] words = text.trim().split("\\s+");
        for (int n = Math.min(4, words.length - 1); n >= 1; n--) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, n));
            Section section = exact(head);
            if (section != null && section != Section.HEADER) {
                return new String[] { head, String.join(" ", Arrays.copyOfRange(words, n, words.length)) };
            }
        }
        return null;
    }

    /**
     * The comparable form of a heading: lower case, accents and icons gone, letter spacing
     * closed up, numbering, counts and decoration removed, "&" read as "and". Null when the
     * text is too long to be a heading.
     */
    static String key(String text) {
        if (text == null) {
            return null;
        }
        String t = Glyphs.clean(text).trim();
        if (t.isEmpty() || t.length() > 60) {
            return null;
        }
        t = closeLetterSpacing(t);
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        t = t.toLowerCase(Locale.ROOT);
        t = LEADING_NUMBER.matcher(t).replaceFirst("");
        t = COUNT.matcher(t).replaceFirst("");
        t = t.replace("&", " and ").replace("+", " and ");
        t = t.replaceAll("[^\\p{L}\\p{N}]+", " ").replaceAll("\\s+", " ").trim();
        return t.isEmpty() || t.length() > 45 ? null : t;
    }

    /** "E X P E R I E N C E" → "EXPERIENCE"; "W O R K   H I S T O R Y" → "WORK HISTORY". */
    static String closeLetterSpacing(String text) {
        String[] words = text.trim().split("\\s{2,}");
        StringBuilder out = new StringBuilder();
        boolean spaced = false;
        for (String word : words) {
            String[] letters = word.split(" ");
            boolean allSingle = letters.length >= 3 && Arrays.stream(letters).allMatch(l -> l.codePointCount(0, l.length()) == 1);
            if (out.length() > 0) {
                out.append(' ');
            }
            if (allSingle) {
                spaced = true;
                out.append(String.join("", letters));
            } else {
                out.append(word);
            }
        }
        return spaced ? out.toString() : text;
    }
}
