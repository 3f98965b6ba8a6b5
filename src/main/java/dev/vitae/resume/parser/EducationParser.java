package dev.vitae.resume.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.vitae.resume.ParsedResume.School;

/**
 * Splits the education section into schools by filling slots — school, degree, field, dates —
 * in whatever order the layout prints them, and starting a new entry when a slot repeats.
 * Lines are cut into parts at separators and sentence ends; each part is read as a date, a
 * grade, a place, a degree (with the field after it), a school (without the campus or faculty
 * printed after it) or a field. Description sentences and detail bullets are passed over.
 */
final class EducationParser {

    private static final String OF_SUBJECTS = "(?:Science|Sciences|Arts|Engineering|Business Administration|Fine Arts|Laws"
            + "|Education|Technology|Information Technology|Commerce|Applied Science|Music|Nursing|Architecture"
            + "|Social Work|Public Health|Public Administration|Philosophy|Research|Medicine|Surgery|Pharmacy"
            + "|Computer Applications|Design|Management|Business|Economics|Accountancy|Letters|Journalism)";
    /** Degree words at the start of a part: English, French, German, Spanish, Portuguese, Italian, Dutch, Chinese. */
    static final Pattern DEGREE = Pattern.compile("^(?:"
            + "(?i:(?:bachelor|master|doctor|associate)(?:(?:'s|’s)(?:\\s+degree)?|s)?(?:\\s+of\\s+" + OF_SUBJECTS + ")?"
            + "|doctorate|ph\\.?\\s?d\\.?|d\\.?\\s?phil\\.?|executive mba|e?mba|high school(?: diploma)?|secondary school"
            + "|higher school certificate|graduate certificate|postgraduate (?:diploma|certificate|specialis[ae]tion|degree)"
            + "|graduate diploma|advanced diploma|specialis[ae]tion"
            + "|diploma|certificate|class (?:10|12|x|xii)|a[- ]levels?|gcse|nvq(?: level \\d)?|ncfe(?: level \\d)?|btec|ged|hnd|hnc"
            + "|licence|licenciatura|licenciad[oa]|grado|m[aá]ster|maestr[ií]a|doctorado|bacharel(?:ado)?|mestrado|mestre"
            + "|doutorado|doutor|tecn[oó]logo|especializa[cç][aã]o|laurea(?: triennale| magistrale)?|dottorato"
            + "|diplom(?:-\\w+)?|abitur|staatsexamen|magister|dipl[oô]me(?: d['’]ing[ée]nieur)?|ing[ée]nieur|dut|bts"
            + "|baccalaur[ée]at|engineering degree|\\d[- ]years?\\s+degree|pre-master|minor|propedeuse|havo|vwo|vmbo(?:-\\w+)?|mbo|hbo)"
            + "|(?:[BM]\\.?\\s?(?i:Sc|S|A|Eng|E|Tech|Com|Ed|Phil|Arch|Des|Pharm|FA|Mus|SE|ASc|BA|IT|CA|CS)\\.?"
            + "|BS[CE]?|MS[CE]?|BA|MA|BE|ME|BEng|MEng|MPhil|MEd|MFA|MPH|MPA|MBA|BBA|BFA|BCom|MCom|BTech|MTech"
            + "|LL\\.?\\s?[BM]\\.?|J\\.?D\\.?|M\\.?D\\.?|A\\.?A\\.?S?\\.?|A\\.?S\\.?)"
            + "|本科|学士|學士|硕士|碩士|博士|研究生|大专|專科)(?![\\p{L}\\d]|-\\p{L})");
    private static final Pattern OF_THEN_IN = Pattern.compile("(?iu)^of\\s+(.+?)\\s+in\\s+(.+)$");
    /** "Master of Science (M.S.)": a degree's abbreviation printed after it belongs to it. */
    private static final Pattern DEGREE_ABBREVIATION = Pattern.compile("^\\s*\\(([A-Z][\\w.\\s]{0,12})\\)");
    private static final Pattern SCHOOL = Pattern.compile("(?iu)(?<!\\p{L})(universit\\p{L}*|college|coll[eè]ge|colegio"
            + "|institut\\p{L}*|instituto|school|academy|akademie|academia|accademia|hochschule|fachhochschule|polytechnic"
            + "|politecnico|polit[eé]cnic[oa]|conservatory|conservatoire|[eé]cole|escuela|escola|faculty|faculdade|facultad"
            + "|facult[eé]|schule|gymnasium|lyceum|lyc[eé]e|liceo|seminary|hogeschool|mavo|iit|nit|iiit|mit|eth|epfl|ucl|lse"
            + "|kth|unesp|unicamp|usp|unam)(?!\\p{L})|大学|大學|学院|學院");
    /** A faculty or department named after its university: "School of Engineering", "Department of Physics". */
    private static final Pattern SUB_UNIT = Pattern.compile("(?iu)^(?:the\\s+)?(?:faculty|department|dept\\.?|school|college|"
            + "division|centre|center|institute|faculdade|facultad|facult[eé]|d[ée]partement|fachbereich)\\s+(?:of|de|des|der|für)\\b");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:@|\\|)\\s+|\\s*\\|\\s*|\\s+[·•—–-]\\s+|\\s*;\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<![A-Z]|\\b[A-Z][a-z]|Sc|\\bSt|\\b(?:Eng|Sci|Tech|Phil|Com|Arch|Pharm|Des|Mus|Econ|Bus|Ed))\\.\\s+(?=\\p{Lu})");
    /** "M.A. Design at Humboldt-Universität": split on "at" only after a degree, never inside a school's name. */
    private static final Pattern UNIVERSITY = Pattern.compile("(?iu)universit|universidad|hochschule|polytechnic|politecnico|大学|大學");
    private static final Pattern MINOR = Pattern.compile("(?iu)^(?:with\\s+(?:an?\\s+)?(?:minor|focus|specialis|specializ|"
            + "concentration|emphasis)|minors?\\s+(?:in|of)\\b)");
    /** "Technical Editing Graduate Certificate (TEGC)": a certificate or diploma named after its subject. */
    private static final Pattern NAMED_CERTIFICATE = Pattern.compile(
            "(?iu)^((?:\\p{L}[\\p{L}&'’-]*\\s+){1,6}(?:graduate\\s+|postgraduate\\s+)?(?:certificate|diploma)(?:\\s*\\([^()]{2,12}\\))?)(?=$|\\s*,\\s*(.*)$)");
    private static final Pattern WORD_BEFORE_CAPITAL = Pattern.compile("(\\S+)\\s+(?=\\p{Lu})");
    private static final Pattern AWARD_IN = Pattern.compile("(?iu)^((?:extended\\s+|subsidiary\\s+)?(?:award|certificate|diploma))\\s+(?:in|of)\\s+(.+)$");
    private static final Pattern DEGREE_AT = Pattern.compile("\\s+(?:at|from|@)\\s+");
    private static final Pattern GRADE = Pattern.compile("(?iu)\\b(?:c?gpa|grade|final grade|cumulative gpa|percentage|"
            + "average|note|nota|media|moyenne|score)\\b\\s*[:=]?\\s*(?:cgpa\\s*)?([0-9]+(?:[.,][0-9]+)?\\s*(?:/\\s*[0-9.]+|%)?)");
    /** Words that introduce a field in a degree phrase or after it. */
    private static final Pattern FIELD_LEAD = Pattern.compile("(?iu)^(?:student|candidate|degree|program(?:me)?)?\\s*"
            + "(?:in|of|em|en|di|de|im|:|,|-|–|—)\\s+");
    private static final Pattern FIELD_LABEL = Pattern.compile("(?iu)^(?:major|field of study|field|concentration|specialization|"
            + "specialisation)\\s*:");
    private static final Pattern LABELLED = Pattern.compile("(?iu)^(major|field of study|field|concentration|"
            + "specialization|specialisation|emphasis|minor|thesis|dissertation|advisor|supervisor|relevant coursework|"
            + "coursework|courses|honou?rs|awards?|activities|profiel|profile)\\s*:\\s*(.*)$");
    /** "Economics major", "电子信息工程专业": a field named as the major. */
    static final Pattern MAJOR_SUFFIX = Pattern.compile("(?iu)^(.+?)(?:\\s+major|(?<=\\p{IsHan})专业)$");
    private static final Pattern NOTE_IN_BRACKETS = Pattern.compile("\\s*\\((?:[^()]*\\b(?:gpa|expected|final year|"
            + "in[- ]progress|ongoing|graduat\\w*|grade|honou?rs|distinction|cum laude|\\d{4})\\b[^()]*)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_NOTE = Pattern.compile("(?iu)\\s*[-–—,]\\s*(?:ungraduated|not completed|"
            + "niet afgerond|incomplete|in progress|ongoing|\\d+\\s+credits)\\s*$|\\s+-\\s*\\d+\\s+credits$");
    private static final int DESCRIPTION_WORDS = 9;
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\(([^()]+)\\)\\s*$");
    /** Words that make a short part a field of study rather than the town a school is in. */
    private static final Pattern SUBJECT = Pattern.compile("(?iu)(engineering|science|studies|technology|mathematics|"
            + "math|physics|chemistry|biology|economics|management|administration|design|arts|informatics|informatica|"
            + "computing|medicine|law|nursing|education|psychology|history|literature|finance|accounting|marketing|"
            + "business|statistics|linguistics|philosophy|sociology|music|architecture|pharmacy|journalism|"
            + "communications?|media|ingenier\\w*|engenharia|ciencia\\w*|ciência\\w*)");

    private EducationParser() {
    }

    private static final class Entry {
        String school;
        boolean schoolIsSubUnit;
        String degree;
        String field;
        String start;
        String end;
        String gpa;
        /** The line the entry began with. */
        Line opener;
        /** A description followed the entry's dates: what comes next is another entry. */
        boolean described;
        /** The school of a group this entry may belong to ("Eindhoven University of Technology" over two degrees). */
        String groupSchool;
        /** An entry above printed its school on its dates' line, under a line naming the studies. */
        boolean schoolBesideDates;

        /** Begun by a bold line naming no degree: a school printed as the head of its entries. */
        boolean headed() {
            return opener != null && opener.bold() && !DEGREE.matcher(opener.text().trim()).find();
        }

        boolean isEmpty() {
            return school == null && degree == null && field == null && end == null && start == null;
        }

        boolean hasDates() {
            return start != null || end != null;
        }

        School toSchool() {
            return new School(school, degree, field, start, end, gpa);
        }
    }

    static List<School> parse(List<Line> section) {
        List<Line> lines = joinWrapped(Line.joinItemTails(section));
        List<School> schools = new ArrayList<>();
        boolean bulletEntries = lines.stream().filter(l -> !l.bullet()).noneMatch(l -> isEntryLine(l.text()));
        Entry current = new Entry();
        for (Line line : lines) {
            ParseDeadline.check();
            String text = line.text().trim();
            if (Vocabulary.NOISE.contains(text.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (line.bullet() && !(bulletEntries && isEntryLine(text))) {
                boolean degree = DEGREE.matcher(text).find() && current.school != null;
                if (degree && !namesItsOwnSchool(text)) {
                    current = degreeUnderSchool(text, current, schools);
                    continue;
                } else if (degree) {
                    // "• Masters in Public Policy, Faculty of Social Sciences, Riverbend University, 2020": an entry of its own.
                    current = push(current, schools);
                } else {
                    // Bullets under a school are details (thesis, advisor, honours); only a grade is kept.
                    current.gpa = grade(text, current.gpa);
                    continue;
                }
            }
            boolean complete = current.hasDates() && current.school != null && (current.degree != null || current.field != null);
            if (isDescription(text) || complete && isRemark(text)) {
                current.described = current.hasDates() && (current.school != null || current.degree != null);
                continue;
            }
            if (current.described && GRADE.matcher(text).replaceAll(" ").strip().length() > 0) {
                // "… Lille, France" / "Evening classes alongside …" / "Vauban ENGINEERING DEGREE": a described entry is over.
                current = push(current, schools);
            }
            if (line.bold() && current.headed() && current.degree != null && current.hasDates()
                    && Dates.findSingle(text) == null && !DEGREE.matcher(text).find()) {
                // "Insper" / "Executive MBA  2020 – 2021" / "Fundação Getulio Vargas": the next school, printed like the first.
                current = push(current, schools);
                if (!SEPARATOR.matcher(text).find() && !text.contains(",") && text.split("\\s+").length <= 8 && degree(text) == null) {
                    // A name alone names the school, whatever its words ("RPS Eastfield").
                    current.school = clean(text);
                    current.opener = line;
                    continue;
                }
            }
            Entry before = current;
            boolean wasEmpty = current.isEmpty();
            for (String sentence : SENTENCE_END.split(text)) {
                current = read(sentence.trim(), current, schools);
            }
            if ((current != before || wasEmpty) && current.opener == null && !current.isEmpty()) {
                current.opener = line;
            }
        }
        push(current, schools);
        return schools;
    }

    /**
     * "• B.S. Chemistry, College of Natural Sciences": a degree listed under its school. A second one
     * is a second entry at the same school and dates; the faculty after it is not a new school.
     */
    private static Entry degreeUnderSchool(String text, Entry current, List<School> schools) {
        String[] degreeAndField = degree(text.split("\\s*,\\s+|\\s+[|·—–-]\\s+")[0]);
        if (current.degree != null) {
            Entry next = push(current, schools);
            next.school = current.school;
            next.start = current.start;
            next.end = current.end;
            current = next;
        }
        current.degree = degreeAndField[0];
        current.field = degreeAndField[1];
        return current;
    }

    /** A degree line that goes on to name a university of its own ("Harlow College of Engineering" may be one of its faculties). */
    private static boolean namesItsOwnSchool(String text) {
        String[] parts = text.split("\\s*,\\s+|\\s+[|·—–-]\\s+");
        for (int i = 1; i < parts.length; i++) {
            if (UNIVERSITY.matcher(parts[i]).find() && !SUB_UNIT.matcher(parts[i]).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A narrow column wraps a degree over two lines ("Master of Design in Interaction" /
     * "Design"): a short fragment printed like the line above it, naming nothing by itself,
     * continues that line. Cells of one row are one line.
     */
    private static List<Line> joinWrapped(List<Line> lines) {
        List<Line> joined = new ArrayList<>();
        for (Line line : lines) {
            Line previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean fragment = previous != null && !line.bullet() && !previous.bullet() && line.bold() && previous.bold()
                    && Math.abs(line.size() - previous.size()) < 0.05 && line.words() <= 3 && !isEntryLine(line.text())
                    && Dates.findSingle(line.text()) == null && !previous.text().matches(".*[.,;:)]$")
                    && DEGREE.matcher(previous.text()).find();
            // "B.Tech. in Electronics" / "& Communication": a line opening with "&" or "and" goes on with the degree above.
            fragment |= previous != null && !line.bullet() && !previous.bullet() && line.words() <= 4
                    && line.text().matches("(?iu)^(?:&|and\\s).*") && DEGREE.matcher(previous.text()).find()
                    && Dates.findSingle(line.text()) == null;
            boolean sameRow = previous != null && previous.row() == line.row() && !line.bullet() && !previous.bullet();
            if (fragment) {
                joined.set(joined.size() - 1, previous.withText(previous.text() + " " + line.text()));
            } else if (sameRow) {
                // "Fundação Getulio Vargas" and "2011 – 2015" side by side are one line: the school and its dates.
                joined.set(joined.size() - 1, previous.withText(previous.text() + " | " + line.text()));
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    /** A line that starts an entry by itself: it names a degree or a school. */
    private static boolean isEntryLine(String text) {
        return DEGREE.matcher(text).find() || NAMED_CERTIFICATE.matcher(text).find() || SCHOOL.matcher(text).find()
                || java.util.Arrays.stream(SEPARATOR.split(text)).anyMatch(part -> DEGREE.matcher(part.trim()).find());
    }

    /** "Evening classes alongside a full-time sales job.": a short sentence after a complete entry. */
    private static boolean isRemark(String text) {
        return text.endsWith(".") && !text.endsWith("..") && text.split("\\s+").length >= 4
                && Dates.findSingle(text) == null && !text.matches("^\\p{Lu}[\\p{L}.]*\\.$");
    }

    /** A sentence about the studies rather than a slot: long, or a continuation line. Dates and grades do not count as words. */
    private static boolean isDescription(String text) {
        if (DEGREE.matcher(text).find() || NAMED_CERTIFICATE.matcher(text).find() || FIELD_LABEL.matcher(text).find()) {
            // "Doctor of Philosophy (Ph.D.) candidate in Urban Ecology, with a focus on …" is an entry however long.
            return false;
        }
        Dates.Range range = Dates.findRange(text);
        if (range != null && (range.start() == 0 || range.end() >= text.replaceAll("[.\\s]+$", "").length())) {
            // "2019 – 2023 Postgraduate Specialisation in …, Centre of …": dates opening or closing a line head an entry.
            return false;
        }
        String words0 = range == null ? text : text.substring(0, range.start()) + " " + text.substring(range.end());
        int words = (int) java.util.Arrays.stream(GRADE.matcher(words0).replaceAll(" ").split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetter)).count();
        boolean sentence = words >= DESCRIPTION_WORDS && (text.endsWith(".") || !isEntryLine(text) || words >= 18);
        return sentence || Character.isLowerCase(text.codePointAt(0)) && words >= 3 && !isEntryLine(text);
    }

    private static Entry read(String text, Entry current, List<School> schools) {
        String rest = text.replaceAll("[.;,]+$", "").trim();
        if (rest.isEmpty()) {
            return current;
        }
        Matcher labelled = LABELLED.matcher(rest);
        if (labelled.matches()) {
            String label = labelled.group(1).toLowerCase(Locale.ROOT);
            if ((label.startsWith("major") || label.startsWith("field") || label.equals("concentration") || label.startsWith("speciali"))
                    && (current.field == null || SUB_UNIT.matcher(current.field).find()) && !labelled.group(2).isBlank()) {
                // "Department of Geodesy and Remote Sensing" / "Specialization: Mine Surveying": the label names the field.
                current.field = clean(labelled.group(2));
            }
            current.gpa = grade(rest, current.gpa);
            return current;
        }
        current.gpa = grade(rest, current.gpa);
        rest = GRADE.matcher(rest).replaceAll(" ").replaceAll("\\(\\s*\\)", " ").trim();
        Dates.Range range = Dates.findRange(rest);
        if (range == null) {
            range = Dates.findSingle(rest);
        }
        String beforeDate = null;
        if (range != null) {
            if (current.hasDates()) {
                current = push(current, schools);
            }
            current.start = range.from();
            current.end = range.to();
            beforeDate = rest.substring(0, range.start()).replaceAll("[\\s,|·•—–(:-]+$", "").trim();
            rest = (rest.substring(0, range.start()) + " " + rest.substring(range.end()))
                    .replaceAll("(?i)\\b(?:expected|anticipated|graduation date|graduated|class of|since|until)\\b", " ")
                    .replaceAll("[\"“”]\\s*[\"“”]|\\(\\s*\\)", " ")
                    .replaceAll("^[\\s,|·•—–):-]+|[\\s,|·•—–(:-]+$", "").trim();
        }
        if (rest.isEmpty()) {
            return current;
        }
        // A school name wrapped onto a second line ("Georgia Institute of" / "Technology").
        if (current.school != null && current.school.matches(".*\\b(of|de|zu|for|and|&|der|del|di|da|do)$")) {
            current.school = current.school + " " + rest;
            return current;
        }
        List<String> parts = parts(rest);
        if (current.degree != null && (current.hasDates() || current.school != null) && range == null
                && parts.size() >= 2 && parts.stream().skip(1).anyMatch(part -> degree(part) != null)) {
            // "Fundação Getulio Vargas — Bachelor's degree, …" after a finished entry: a line with its own degree is a new one.
            current = push(current, schools);
        }
        // "ARC-ESM 2018 – 2019, Lille": a name alone before the dates, in an entry still without a
        // school, is the school; what follows the dates is where it is.
        String named = beforeDate == null ? null : clean(beforeDate);
        if (current.school == null && named != null && !parts.isEmpty() && parts.get(0).equals(named)
                && degree(named) == null && !named.contains(",") && (current.degree != null || current.field != null)) {
            current.school = named;
            current.schoolBesideDates = true;
            return current;
        }
        // "School of Nursing" / "Northfield University 2012 – 2014, Leeds" where the entries above put the school
        // beside its dates: the undated line above names the studies, the dated one the school.
        if (current.schoolBesideDates && current.school != null && current.degree == null && current.field == null
                && range != null && current.start == range.from() && named != null && !parts.isEmpty()
                && parts.get(0).equals(named) && degree(named) == null && !named.contains(",")
                && SCHOOL.matcher(named).find() && !SUB_UNIT.matcher(named).find()) {
            current.field = current.school;
            current.school = named;
            return current;
        }
        for (String part : parts) {
            current = fill(current, part, schools);
        }
        return current;
    }

    /** The line cut at separators and commas; places dropped. "M.A. Design at Humboldt" is two parts. */
    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        // "BS | Boğaziçi University": a degree standing alone between separators is a degree, not the Bahamas.
        java.util.Set<String> degrees = new java.util.HashSet<>();
        for (String piece : SEPARATOR.split(text)) {
            String value = piece.trim();
            String[] alone = value.isEmpty() ? null : degree(value);
            if (alone != null && alone[1] == null) {
                degrees.add(clean(value));
            } else if (value.isEmpty() || isPlace(value) || TRAILING_NOTE.matcher(" - " + value).matches()) {
                continue;
            }
            String[] at = DEGREE_AT.split(value, 2);
            if (at.length == 2 && DEGREE.matcher(at[0].trim()).find() && isEntryLine(at[1])) {
                parts.add(at[0].trim());
                value = at[1].trim();
            }
            int degreeAt = degreeAfterSchoolWord(value);
            if (degreeAt > 0) {
                parts.add(value.substring(0, degreeAt).trim());
                value = value.substring(degreeAt).trim();
            }
            parts.addAll(commaParts(value));
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts.stream().map(EducationParser::clean).filter(p -> !p.isEmpty() && (degrees.contains(p) || !isPlace(p))).toList()) {
            // "B.S. Industrial Engineering, Minor in Philosophy": a minor after a degree is a remark, not a second degree.
            if (!kept.isEmpty() && MINOR.matcher(part).find()) {
                continue;
            }
            // "Beskydy University, Zlín": a short name right after a school is where the school is.
            boolean afterSchool = !kept.isEmpty() && SCHOOL.matcher(kept.get(kept.size() - 1)).find()
                    && !DEGREE.matcher(kept.get(kept.size() - 1)).find();
            if (afterSchool && part.split("\\s+").length <= 2 && !isEntryLine(part) && !SUBJECT.matcher(part).find()
                    && !part.matches(".*\\d.*")) {
                continue;
            }
            kept.add(part);
        }
        return kept;
    }

    /**
     * "Moorside High School GCSE …", "Westmoor University MS in Statistics": where a degree printed without a separator
     * starts right after a school's closing word ("School", "University", …); -1 when there is none.
     */
    private static int degreeAfterSchoolWord(String text) {
        if (DEGREE.matcher(text).find()) {
            return -1;
        }
        Matcher word = WORD_BEFORE_CAPITAL.matcher(text);
        while (word.find()) {
            Matcher school = SCHOOL.matcher(word.group(1));
            Matcher degree = DEGREE.matcher(text.substring(word.end()));
            if (school.matches() && degree.find() && !degree.group().matches("(?iu)(?:high|secondary) school.*")) {
                return word.end();
            }
        }
        return -1;
    }

    /**
     * Comma-separated pieces, except inside a degree phrase whose field follows a comma
     * ("B.E., Civil Engineering" stays one so the field stays with its degree).
     */
    private static List<String> commaParts(String text) {
        String[] pieces = outsideBrackets(text);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            boolean bareDegree = degreeOnly(piece) && i + 1 < pieces.length && !isEntryLine(pieces[i + 1])
                    && !isPlace(pieces[i + 1]);
            if (bareDegree) {
                parts.add(piece + ", " + pieces[++i]);
            } else {
                parts.add(piece);
            }
        }
        return parts;
    }

    /** Comma-separated pieces, not splitting inside brackets ("University of X (Tampa, FL)"). */
    private static String[] outsideBrackets(String text) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0 && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                pieces.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        pieces.add(text.substring(start).trim());
        return pieces.toArray(String[]::new);
    }

    private static boolean degreeOnly(String text) {
        Matcher m = DEGREE.matcher(text.trim());
        return m.find() && text.trim().substring(m.end()).replaceAll("[\\s.]", "").isEmpty();
    }

    private static boolean isPlace(String text) {
        return Places.parse(text) != null || Places.country(text) != null || Places.isState(text);
    }

    private static Entry fill(Entry current, String part, List<School> schools) {
        String[] degreeAndField = degree(part);
        if (degreeAndField != null) {
            if (current.degree != null) {
                current = push(current, schools);
            }
            current.degree = degreeAndField[0];
            if (degreeAndField[1] != null) {
                String field = degreeAndField[1];
                // "Bachelor of Science, Marine Biology, University of X": the field may name the school.
                if (SCHOOL.matcher(field).find() && !SUB_UNIT.matcher(field).find() && current.school == null) {
                    current.school = field;
                } else {
                    // "Fundação Getulio Vargas" / "Bachelor's degree, Business Administration": the name
                    // read before a degree that brings its own subject was the school.
                    if (current.field != null && current.school == null) {
                        current.school = current.field;
                    }
                    current.field = field;
                }
            }
            return current;
        }
        boolean subUnit = SUB_UNIT.matcher(part).find() && !part.toLowerCase(Locale.ROOT).contains("universit");
        if (SCHOOL.matcher(part).find()) {
            if (current.school != null && (subUnit || current.schoolIsSubUnit && !subUnit)) {
                // "Riverbend University" after "Faculty of Social Sciences": the university names the entry.
                if (current.schoolIsSubUnit && !subUnit) {
                    current.school = part;
                    current.schoolIsSubUnit = false;
                }
                return current;
            }
            if (current.school != null) {
                current = push(current, schools);
            }
            current.school = part;
            current.schoolIsSubUnit = subUnit;
            return current;
        }
        Matcher major = MAJOR_SUFFIX.matcher(part);
        if (major.matches()) {
            current.field = current.field == null ? major.group(1) : current.field;
            return current;
        }
        if (current.degree != null && current.school == null
                && (current.field != null || SCHOOL_LEVEL.matcher(current.degree).matches())) {
            current.school = part;
            return current;
        }
        if (current.field == null && part.split("\\s+").length <= 6 && titleCase(part) && !part.matches(".*\\d.*")) {
            current.field = part;
            return current;
        }
        if (current.school == null && current.degree != null) {
            current.school = part;
        }
        return current;
    }

    /** "Marine Biology", "Ocean Policy & Governance": every word capitalised but the small ones. */
    private static boolean titleCase(String part) {
        for (String word : part.split("\\s+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && !SMALL_WORDS.contains(word)) {
                return false;
            }
        }
        return Character.isUpperCase(part.codePointAt(0));
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("and", "of", "in", "for", "the", "with", "de",
            "da", "do", "das", "dos", "en", "et", "und", "e", "y", "di", "del", "della", "van", "von", "der", "la", "le", "&");

    /** Degrees of a school rather than a subject ("High school", "Class 12", "Abitur"): what follows names the school. */
    private static final Pattern SCHOOL_LEVEL = Pattern.compile("(?iu)^(?:high school|secondary school|class \\w+|a[- ]levels?|"
            + "gcse|abitur|havo|vwo|vmbo.*|mavo|baccalaur[ée]at|higher school certificate|hsc|ssc|ged)$");

    /** [degree, field or null] when the text starts with (or brackets) a degree; else null. */
    static String[] degree(String text) {
        Matcher m = DEGREE.matcher(text);
        if (!m.find()) {
            Matcher named = NAMED_CERTIFICATE.matcher(text);
            if (named.find()) {
                String field = text.substring(named.end()).replaceFirst("^\\s*,\\s*", "");
                return new String[] { named.group(1).trim(), field.isBlank() ? null : clean(field) };
            }
            Matcher paren = Pattern.compile("^(.+?)\\s*\\((.+?)\\)$").matcher(text);
            if (paren.matches() && DEGREE.matcher(paren.group(2)).find() && !SCHOOL.matcher(paren.group(1)).find()) {
                return new String[] { paren.group(2).trim(), clean(paren.group(1)) };
            }
            return null;
        }
        int end = m.end();
        Matcher abbreviation = DEGREE_ABBREVIATION.matcher(text.substring(end));
        if (abbreviation.find()) {
            end += abbreviation.end();
        }
        // "MSc. Candidate": the abbreviation's full stop belongs to the degree.
        if (end < text.length() && text.charAt(end) == '.' && Character.isLetter(text.charAt(end - 1))) {
            end++;
        }
        String degree = text.substring(0, end).trim();
        String rest = text.substring(end).trim();
        // "NCFE Level 1 Certificate in Team Leading and Supervision": the award's kind belongs to the degree, the subject is the field.
        Matcher award = AWARD_IN.matcher(rest);
        if (!degree.matches("(?iu).*(?:award|certificate|diploma)") && award.matches()) {
            degree = degree + " " + award.group(1);
            rest = award.group(2);
        }
        // "Bachelor of Economics in International Trade": with a field after "in", the "of …" names the degree.
        Matcher ofThenIn = OF_THEN_IN.matcher(rest);
        if (ofThenIn.matches() && degree.matches("(?iu)(?:bachelor|master|doctor|associate)(?:'s|’s|s)?(?:\\s+degree)?")) {
            degree = degree + " of " + ofThenIn.group(1).trim();
            rest = ofThenIn.group(2);
        }
        rest = FIELD_LEAD.matcher(rest).replaceFirst("");
        rest = rest.replaceFirst("^(?iu)(?:student|candidate)\\s+(?:in|of)\\s+", "");
        // "… in Urban Ecology, with a focus on …": the field ends where the commentary starts.
        rest = rest.replaceFirst("(?iu),?\\s+with\\s+(?:a|an)\\s+(?:focus|specialization|concentration|emphasis)\\b.*$", "");
        rest = clean(rest.replaceAll("^\\((.*)\\)$", "$1"));
        if (rest.matches("(?iu)(?:candidate|student|final year|\\.)?")) {
            rest = "";
        }
        return new String[] { degree, rest.isEmpty() ? null : rest };
    }

    /** Notes in brackets, trailing remarks and stray punctuation removed. */
    private static String clean(String text) {
        String t = NOTE_IN_BRACKETS.matcher(text).replaceAll("");
        Matcher bracket = TRAILING_BRACKET.matcher(t);
        if (bracket.find() && Places.parse(bracket.group(1)) != null) {
            t = t.substring(0, bracket.start());
        }
        t = TRAILING_NOTE.matcher(t).replaceAll("");
        return t.replaceAll("^[\\s,.:;\"“”-]+|[\\s,.:;\"“”-]+$", "").replaceAll("\\s+", " ").trim();
    }

    private static String grade(String text, String current) {
        Matcher m = GRADE.matcher(text);
        return m.find() ? m.group(1).replace(" ", "") : current;
    }

    private static Entry push(Entry entry, List<School> schools) {
        if (!entry.isEmpty()) {
            // "Executive MBA" / "Insper": a name with no subject in it, in an entry without a school, is the school.
            if (entry.school == null && entry.degree != null && entry.field != null && !SUBJECT.matcher(entry.field).find()
                    && !entry.degree.matches("(?iu).*\\b(?:award|certificate|diploma)")
                    && entry.field.split("\\s+").length <= 4 && titleCase(entry.field)) {
                entry.school = entry.field;
                entry.field = null;
            }
            if (entry.school == null && !entry.headed()) {
                entry.school = entry.groupSchool;
            }
            // "University of Eastlake (Spokane WA)": where the school is, not its name.
            Matcher place = TRAILING_BRACKET.matcher(entry.school == null ? "" : entry.school);
            if (place.find() && (Places.parse(place.group(1)) != null || Places.parse(place.group(1).replaceFirst("\\s+(\\p{Lu}{2})$", ", $1")) != null)) {
                entry.school = entry.school.substring(0, place.start()).trim();
            }
            // "BSE in Industrial Engineering, Minor in Philosophy": the minor is no part of the field.
            if (entry.field != null) {
                entry.field = entry.field.replaceFirst("(?iu)\\s*[,;/]\\s*(?:with\\s+(?:a\\s+)?)?minors?\\b.*$", "").trim();
            }
            schools.add(entry.toSchool());
        }
        Entry next = new Entry();
        next.schoolBesideDates = entry.schoolBesideDates;
        // Entries after a school printed as a head, each without a school of its own, are at that school.
        if (entry.headed()) {
            next.groupSchool = entry.school;
        } else if (entry.isEmpty() || java.util.Objects.equals(entry.school, entry.groupSchool)) {
            next.groupSchool = entry.groupSchool;
        }
        return next;
    }
}
