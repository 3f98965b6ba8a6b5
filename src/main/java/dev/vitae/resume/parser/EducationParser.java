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
 */
final class EducationParser {

    private static final String OF_SUBJECTS = "(?:Science|Arts|Engineering|Business Administration|Fine Arts|Laws|Education"
            + "|Technology|Commerce|Applied Science|Music|Nursing|Architecture|Social Work|Public Health"
            + "|Public Administration|Philosophy|Research|Medicine|Surgery|Pharmacy|Computer Applications|Design)";
    static final Pattern DEGREE = Pattern.compile("^(?:(?:Bachelor|Master|Doctor)(?:'s|’s)?(?: of " + OF_SUBJECTS + ")?"
            + "|Associate(?:'s)? (?:of|in) (?:Arts|Science|Applied Science)|Ph\\.?\\s?D\\.?|D\\.?Phil\\.?|M\\.?B\\.?A\\.?"
            + "|Executive MBA|EMBA|M\\.\\s?Sc\\.?|MSc|M\\.\\s?S\\.?|MS|M\\.\\s?A\\.?|MA|M\\.\\s?Eng\\.?|MEng|M\\.\\s?Phil\\.?|MPhil"
            + "|M\\.?Ed\\.?|MFA|MPH|MPA|LL\\.?M\\.?|LL\\.?B\\.?|J\\.?D\\.?|M\\.?D\\.?|B\\.\\s?Sc\\.?|BSc|B\\.\\s?S\\.?|BS"
            + "|B\\.\\s?A\\.?|BA|B\\.\\s?Eng\\.?|BEng|B\\.?\\s?Tech\\.?|M\\.?\\s?Tech\\.?|B\\.?Com\\.?|BBA|BFA|B\\.?Ed\\.?"
            + "|A\\.A\\.|A\\.S\\.|HND|Diploma|Dipl\\.-\\w+|Abitur|Licence|Licenciatura|Certificate|Graduate Certificate"
            + "|High School Diploma|GED)(?![\\w])");
    private static final Pattern PAREN_DEGREE = Pattern.compile("^(.+?)\\s*\\((.+?)\\)$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:@|,)\\s+|\\s+[|·—–-]\\s+");
    /** "M.A. Design at Humboldt-Universität": split on "at" only after a degree, never inside a school's name. */
    private static final Pattern DEGREE_AT = Pattern.compile("\\s+at\\s+");
    private static final Pattern GPA = Pattern.compile("(?i)\\b(?:gpa|grade|cgpa)\\s*[:=]?\\s*([0-9.]+\\s*(?:/\\s*[0-9.]+)?)");

    private EducationParser() {
    }

    private static final class Entry {
        String school;
        String degree;
        String field;
        String start;
        String end;
        String gpa;

        boolean isEmpty() {
            return school == null && degree == null && field == null && end == null;
        }

        School toSchool() {
            return new School(school, degree, field, start, end, gpa);
        }
    }

    static List<School> parse(List<Line> lines) {
        List<School> schools = new ArrayList<>();
        Entry current = new Entry();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            if (Vocabulary.NOISE.contains(text.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Matcher gpa = GPA.matcher(text);
            if (line.bullet()) {
                // Bullets under a school are details (thesis, advisor, honours); only a GPA is kept.
                if (gpa.find()) {
                    current.gpa = gpa.group(1).replace(" ", "");
                }
                continue;
            }
            if (gpa.find()) {
                current.gpa = gpa.group(1).replace(" ", "");
                text = (text.substring(0, gpa.start()) + text.substring(gpa.end())).replaceAll("[,;|·\\s]+$", "").trim();
                if (text.isEmpty()) {
                    continue;
                }
            }
            Dates.Range range = Dates.findRange(text);
            if (range == null) {
                range = Dates.findSingle(text);
            }
            if (range != null) {
                if (current.end != null || current.start != null) {
                    current = push(current, schools);
                }
                current.start = range.from();
                current.end = range.to();
                text = (text.substring(0, range.start()) + " " + text.substring(range.end()))
                        .replaceAll("\\(\\s*\\)", " ")
                        .replaceAll("^[\\s,|·•—–)-]+|[\\s,|·•—–(-]+$", "").trim();
                if (text.isEmpty()) {
                    continue;
                }
            }
            // A school name wrapped onto a second line ("Georgia Institute of" / "Technology").
            if (current.school != null && current.school.matches(".*\\b(of|de|zu|for|and|&|der|del|di)$")) {
                current.school = current.school + " " + text;
                continue;
            }
            for (String part : parts(text)) {
                current = fill(current, part, schools);
            }
        }
        push(current, schools);
        return schools;
    }

    /** "M.A. Design at Humboldt-Universität" → ["M.A. Design", "Humboldt-Universität"]. */
    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        String[] at = DEGREE_AT.split(text, 2);
        if (at.length == 2 && degree(at[0].trim()) != null) {
            parts.add(at[0].trim());
            text = at[1];
        }
        for (String part : SEPARATOR.split(text)) {
            String value = part.trim();
            if (!value.isEmpty() && Places.parse(value) == null) {
                parts.addAll(commaPair(value));
            }
        }
        return parts;
    }

    /**
     * "Princeton University, PhD in Computer Science" and "Boğaziçi University, Computer
     * Engineering" are two parts; "University of California, Berkeley" stays one.
     */
    private static List<String> commaPair(String text) {
        String[] pieces = text.split("\\s*,\\s+", 2);
        if (pieces.length == 2 && !pieces[0].isBlank() && !pieces[1].isBlank()) {
            boolean degree = degree(pieces[0]) != null || degree(pieces[1]) != null;
            boolean schoolAndField = Vocabulary.isSchool(pieces[0]) && !Vocabulary.isSchool(pieces[1])
                    && pieces[1].trim().split("\\s+").length >= 2 && Places.parse(pieces[1]) == null;
            if (degree || schoolAndField) {
                return List.of(pieces[0].trim(), pieces[1].trim());
            }
        }
        return List.of(text);
    }

    private static Entry fill(Entry current, String part, List<School> schools) {
        String[] degreeAndField = degree(part);
        if (degreeAndField != null) {
            if (current.degree != null) {
                current = push(current, schools);
            }
            current.degree = degreeAndField[0];
            if (degreeAndField[1] != null) {
                current.field = degreeAndField[1];
            }
            return current;
        }
        if (Vocabulary.isSchool(part) || (current.school == null && current.degree != null && current.field != null)) {
            if (current.school != null) {
                current = push(current, schools);
            }
            current.school = part;
            return current;
        }
        if (current.field == null && part.split("\\s+").length <= 6 && Character.isUpperCase(part.codePointAt(0))) {
            current.field = part;
            return current;
        }
        if (current.school == null) {
            current.school = part;
        }
        return current;
    }

    /** [degree, field or null] when the text starts with (or brackets) a degree; else null. */
    static String[] degree(String text) {
        Matcher paren = PAREN_DEGREE.matcher(text);
        if (paren.matches() && DEGREE.matcher(paren.group(2)).matches()) {
            return new String[] { paren.group(2).trim(), paren.group(1).trim() };
        }
        Matcher m = DEGREE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String degree = text.substring(0, m.end()).trim();
        String rest = text.substring(m.end()).replaceFirst("^\\s*(?:in|of|,|:|-|–|—)\\s*", "").trim();
        rest = rest.replaceAll("^\\((.*)\\)$", "$1").trim();
        // "Master's degree in Finance", "Bachelor's degree, Economics"
        rest = rest.replaceFirst("(?i)^degree\\b\\s*(?:in|of|,|:|-|–)?\\s*", "").trim();
        return new String[] { degree, rest.isEmpty() ? null : rest };
    }

    private static Entry push(Entry entry, List<School> schools) {
        if (!entry.isEmpty()) {
            schools.add(entry.toSchool());
        }
        return new Entry();
    }
}
