package dev.vitae.resume.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.vitae.resume.ParsedResume;
import dev.vitae.resume.ImportReport;
import dev.vitae.resume.ParsedResume.Position;
import dev.vitae.resume.ParsedResume.School;
import dev.vitae.resume.ResumeFormat;

/**
 * Turns extracted lines into a résumé: finds the sections by their headings, reads the contact
 * block, the positions, the schools and the skills. Knows nothing about file formats.
 */
public final class ResumeStructurer {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦●■○◆►▸‣⁃∙⦁➢➤✓✔❖]|[-–—*+>](?=\\s))\\s*");
    private static final Pattern LEADER = Pattern.compile("\\s*(?:[.…·_]\\s?){4,}\\s*");
    /** An employer's legal form closing a line: "… Co., Ltd.", "… GmbH", "…有限公司". */
    private static final Pattern LEGAL_FORM_END = Pattern.compile(
            "(?:公司|集团|株式会社|(?iu)\\b(?:ltd|inc|gmbh|llc|plc|corp|s\\.?a|b\\.?v)\\.?)\\s*$");
    private static final Pattern SKILL_SPLIT = Pattern.compile("\\s*(?:[,;·•|]|\\s{2,})\\s*");

    private ResumeStructurer() {
    }

    public static ParsedResume structure(ExtractedText extracted, ResumeFormat format) {
        List<Line> lines = sectioned(extracted);
        ContactParser.Contact contact = ContactParser.parse(lines, extracted.links());
        List<Line> work = in(lines, Vocabulary.Section.WORK);
        List<Line> education = in(lines, Vocabulary.Section.EDUCATION);
        List<Position> positions = new ArrayList<>(WorkParser.parse(work));
        positions.sort((a, b) -> compareRecency(b, a));
        List<School> schools = EducationParser.parse(education);
        Places.Place place = contact.place();
        ImportReport report = new ImportReport(format.dbValue(), extracted.pages(), extracted.layout(), sectionsFound(lines, contact),
                warnings(extracted, contact, positions, schools, work));
        return new ParsedResume(contact.firstName(), contact.lastName(), contact.email(), contact.phone(),
                place == null ? null : place.city(), place == null ? null : place.state(),
                place == null ? null : place.country(), contact.linkedin(), contact.github(), contact.portfolio(),
                contact.website(), headline(lines, contact.nameIndex()), summary(lines), positions, schools,
                skills(in(lines, Vocabulary.Section.SKILLS)), report);
    }

    /**
     * The sections found, in the order they first appear, as the import report names them. The
     * lines above the first heading count as "contact" when they hold a name, email or phone.
     */
    private static List<String> sectionsFound(List<Line> lines, ContactParser.Contact contact) {
        Set<String> found = new LinkedHashSet<>();
        boolean contactFound = contact.firstName() != null || contact.email() != null || contact.phone() != null;
        for (Line line : lines) {
            if (line.section() == Vocabulary.Section.HEADER && contactFound) {
                found.add("contact");
            } else if (line.section() != Vocabulary.Section.HEADER) {
                found.add(line.section().name().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(found);
    }

    /** What a person should check after the import: what was not found, and text that may not have come out right. */
    private static List<String> warnings(ExtractedText extracted, ContactParser.Contact contact, List<Position> positions,
            List<School> schools, List<Line> work) {
        List<String> warnings = new ArrayList<>();
        if (contact.firstName() == null) {
            warnings.add("no name found");
        }
        if (contact.email() == null) {
            warnings.add("no email address found");
        }
        if (contact.phone() == null) {
            warnings.add("no phone number found");
        }
        if (positions.isEmpty()) {
            warnings.add(work.isEmpty() ? "no work history found" : "a work section was found but no dated positions in it");
        } else if (positions.stream().anyMatch(p -> p.company() == null || p.title() == null)) {
            warnings.add("some positions lack a company or a title");
        }
        if (schools.isEmpty()) {
            warnings.add("no education found");
        }
        if (garbled(extracted.lines())) {
            warnings.add("text may be garbled (characters from overlapping lines or a font without a text mapping)");
        }
        if (ImportReport.TWO_COLUMN.equals(extracted.layout())) {
            warnings.add("two-column layout: the side column was read after the main one");
        }
        return warnings;
    }

    /**
     * Text that did not come out as words: a large share of very long letter runs ("TPicekreftomrmasetder…",
     * two lines interleaved) or of characters outside any script.
     */
    static boolean garbled(List<TextLine> lines) {
        int words = 0;
        int suspicious = 0;
        for (TextLine line : lines) {
            for (String word : line.text().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                words++;
                String letters = word.replaceAll("[^\\p{IsLatin}]", "");
                if (letters.length() >= 22 && !word.contains("/") && !word.contains("@") && !word.contains(".")) {
                    suspicious++;
                }
            }
        }
        return words > 0 && suspicious * 100 >= words * 2 && suspicious >= 2;
    }

    /**
     * Cleans lines and tags each with the section it sits in. Headings are found in two passes:
     * first the ones whose words say so (in any of the languages {@link Headings} knows), then
     * lines printed exactly like those (same size, weight and case) and shaped like a heading —
     * a section the vocabulary does not know ("Volunteering & Leadership") still ends the one
     * before it instead of spilling into it.
     */
    static List<Line> sectioned(ExtractedText extracted) {
        List<Cleaned> cleaned = clean(extracted.lines(), extracted.asides());
        java.util.Map<Integer, Integer> cellsPerRow = new java.util.HashMap<>();
        cleaned.forEach(c -> cellsPerRow.merge(c.source().row(), 1, Integer::sum));
        java.util.Map<String, int[]> styles = new java.util.HashMap<>();
        for (Cleaned c : cleaned) {
            if (c.bullet() || !shortAndAlone(c, cellsPerRow)) {
                continue;
            }
            boolean known = c.vocabulary() != null;
            styles.computeIfAbsent(style(c), k -> new int[2])[known ? 0 : 1]++;
        }
        java.util.Map<String, Integer> headingStyles = new java.util.HashMap<>();
        cleaned.stream().filter(c -> c.vocabulary() != null && distinctive(c.source(), c.text()))
                .forEach(c -> headingStyles.merge(style(c), 1, Integer::sum));
        List<Line> lines = new ArrayList<>();
        Vocabulary.Section section = Vocabulary.Section.HEADER;
        int index = 0;
        Cleaned previous = null;
        for (Cleaned c : cleaned) {
            TextLine line = c.source();
            String text = c.text();
            Vocabulary.Section heading = c.vocabulary();
            if (heading != null && continues(previous, c, headingStyles) && !lines.isEmpty()) {
                // "Centre of Postgraduate Medical" / "Education": a heading word printed as body text,
                // where the document marks its headings, ends the line above it.
                Line last = lines.remove(lines.size() - 1);
                lines.add(last.withText(last.text() + " " + text));
                previous = c;
                continue;
            }
            previous = c;
            if (c.asideStart()) {
                section = Vocabulary.Section.HEADER;
            }
            String[] split = c.split();
            if (split != null) {
                // "Work  Clinical Nurse Specialist": a side heading printed on the first entry's line.
                section = Headings.exact(split[0]);
                text = split[1];
                heading = Headings.exact(text);
                if (heading != null) {
                    continue;
                }
            }
            if (heading == null && section != Vocabulary.Section.HEADER && !c.bullet() && shortAndAlone(c, cellsPerRow)
                    && headingStyle(styles.get(style(c))) && distinctive(line, text) && !namesAnEntry(text)) {
                heading = Vocabulary.Section.OTHER;
            }
            if (heading == Vocabulary.Section.EDUCATION && section == heading && split == null && Headings.exact(text) == null) {
                // "Centre of Postgraduate Medical Education" under "Education" names a school.
                heading = null;
            }
            if (heading != null && !c.bullet()) {
                // "Skills" inside the skills section is a sub-label, not a new section.
                if (heading != section || heading == Vocabulary.Section.HEADER) {
                    section = heading;
                }
                continue;
            }
            lines.add(new Line(index++, text, line.row(), line.size(), line.bold(), line.heading(), c.bullet(), section));
        }
        return lines;
    }

    /**
     * A line with its text cleaned, whether it was a bullet item, the section its words name
     * (if a heading), or a side heading printed at its start ([heading, rest]).
     */
    private record Cleaned(TextLine source, String text, boolean bullet, Vocabulary.Section vocabulary, String[] split,
            boolean asideStart) {
    }

    private static List<Cleaned> clean(List<TextLine> raw, java.util.Set<Integer> asides) {
        List<Cleaned> cleaned = new ArrayList<>();
        boolean asidePending = false;
        for (int i = 0; i < raw.size(); i++) {
            ParseDeadline.check();
            TextLine line = raw.get(i);
            asidePending |= asides.contains(i);
            // Dot leaders ("Westmoor College ………… 11/2024 – Present") separate parts of one line.
            String text = LEADER.matcher(line.text()).replaceAll(" | ").replaceAll("\\s+", " ").trim();
            boolean bullet = BULLET.matcher(text).find();
            if (bullet) {
                text = BULLET.matcher(text).replaceFirst("").trim();
            }
            if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                // Rules ("-----", "═══") and stray marks separate entries; they say nothing.
                continue;
            }
            Vocabulary.Section heading = bullet ? null : Headings.exact(text);
            String[] split = heading == null && !bullet && (line.size() >= 1.3 || line.heading()) ? Headings.leading(text) : null;
            if (heading == null && split == null && !bullet && looksLikeHeading(line, text)) {
                heading = Headings.byRoot(text);
                // "Graduate Certificate in Critical Care Nursing" names an entry, not a "Certificates" section;
                // "… Information Technology Co., Ltd." names an employer, not a skills section.
                if (heading != null && (EducationParser.DEGREE.matcher(text).find() || Vocabulary.isSchool(text)
                        || heading == Vocabulary.Section.OTHER && namesAnEntry(text) || LEGAL_FORM_END.matcher(text).find()
                        || EducationParser.MAJOR_SUFFIX.matcher(text).matches())) {
                    heading = null;
                }
            }
            cleaned.add(new Cleaned(line, text, bullet, heading, split, asidePending));
            asidePending = false;
        }
        joinMarginHeadings(cleaned);
        return cleaned;
    }

    /**
     * "Professional" / "Experience" in a margin column: a heading wrapped over two lines whose
     * first word shares its row with the first line of the section. The section starts at that row.
     */
    private static void joinMarginHeadings(List<Cleaned> cleaned) {
        for (int i = 1; i < cleaned.size(); i++) {
            Cleaned second = cleaned.get(i);
            if (second.vocabulary() == null || second.bullet()) {
                continue;
            }
            for (int j = i - 1; j >= Math.max(0, i - 4) && cleaned.get(j).source().row() == second.source().row() - 1; j--) {
                Cleaned first = cleaned.get(j);
                Vocabulary.Section joined = Headings.exact(first.text() + " " + second.text());
                if (first.vocabulary() == null && !first.bullet() && j < i - 1 && first.text().split("\\s+").length <= 2
                        && joined == second.vocabulary()) {
                    cleaned.set(j, new Cleaned(first.source(), first.text() + " " + second.text(), false, joined, null,
                            first.asideStart()));
                    cleaned.remove(i);
                    i--;
                    break;
                }
            }
        }
    }

    /** How a line is printed: size (to a tenth of body text), weight and case. */
    private static String style(Cleaned c) {
        return Math.round(c.source().size() * 10) + (c.source().bold() ? "b" : "") + (isUpper(c.text()) ? "U" : "")
                + (c.source().heading() ? "h" : "");
    }

    /** A style is a heading style when vocabulary headings use it at least as often as other short lines. */
    private static boolean headingStyle(int[] counts) {
        return counts != null && counts[0] >= 2 && counts[1] <= counts[0];
    }

    /** Up to five words, no figures, addresses or sentence ends, alone on its visual line. */
    private static boolean shortAndAlone(Cleaned c, java.util.Map<Integer, Integer> cellsPerRow) {
        String text = c.text();
        return cellsPerRow.getOrDefault(c.source().row(), 1) == 1 && text.length() <= 45
                && text.split("\\s+").length <= 5 && !text.matches(".*[\\d@|,;.!?]$|.*[\\d@|].*");
    }

    /** A job title, an employer, a school or a degree: the start of an entry, printed like a heading. */
    private static boolean namesAnEntry(String text) {
        return Vocabulary.titleScore(text) > 0 || Vocabulary.companyScore(text) > 0 || Vocabulary.isSchool(text)
                || EducationParser.DEGREE.matcher(text).find();
    }

    /**
     * A heading word that carries on the line above it: printed exactly like that line, in a
     * document whose other headings are printed in another way, the line above not closed by
     * punctuation.
     */
    private static boolean continues(Cleaned previous, Cleaned c, java.util.Map<String, Integer> headingStyles) {
        if (previous == null || previous.vocabulary() != null || c.bullet() || previous.bullet() || c.asideStart()
                || c.text().endsWith(":") || previous.text().matches(".*[.:;!?]$")
                || previous.source().row() == c.source().row() || !style(previous).equals(style(c))) {
            return false;
        }
        int sameStyle = headingStyles.getOrDefault(style(c), 0) - (distinctive(c.source(), c.text()) ? 1 : 0);
        int marked = headingStyles.values().stream().mapToInt(Integer::intValue).sum();
        return sameStyle == 0 && marked >= 2;
    }

    /** Printed unlike body text: larger, bold, all capitals or marked as a heading. */
    private static boolean distinctive(TextLine line, String text) {
        return line.size() >= 1.1 || line.bold() || line.heading() || isUpper(text);
    }

    private static boolean isUpper(String text) {
        return text.chars().filter(Character::isLetter).count() >= 3 && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** Upper case, marked as a heading, clearly larger than body text, bold and alone, or ending with a colon. */
    private static boolean looksLikeHeading(TextLine line, String text) {
        return isUpper(text) || line.heading() || line.size() >= 1.2 || line.bold() || text.endsWith(":");
    }

    private static List<Line> in(List<Line> lines, Vocabulary.Section section) {
        return lines.stream().filter(l -> l.section() == section).toList();
    }

    private static int compareRecency(Position a, Position b) {
        if (a.current() != b.current()) {
            return a.current() ? 1 : -1;
        }
        String aKey = a.endDate() != null ? a.endDate() : a.startDate() == null ? "" : a.startDate();
        String bKey = b.endDate() != null ? b.endDate() : b.startDate() == null ? "" : b.startDate();
        int byEnd = aKey.compareTo(bKey);
        if (byEnd != 0) {
            return byEnd;
        }
        return String.valueOf(a.startDate()).compareTo(String.valueOf(b.startDate()));
    }

    /** The short line under the name, when it is neither a contact detail nor a heading. */
    private static String headline(List<Line> lines, int nameIndex) {
        if (nameIndex < 0 || nameIndex + 1 >= lines.size()) {
            return null;
        }
        Line next = lines.get(nameIndex + 1);
        String text = next.text();
        if (next.section() != Vocabulary.Section.HEADER || text.contains("@") || text.matches(".*\\d{3,}.*")
                || Places.parse(text) != null || next.words() > 8) {
            return null;
        }
        return text;
    }

    private static String summary(List<Line> lines) {
        String text = String.join(" ", in(lines, Vocabulary.Section.SUMMARY).stream().map(Line::text).toList()).trim();
        return text.isEmpty() ? null : text;
    }

    private static List<String> skills(List<Line> lines) {
        Set<String> skills = new LinkedHashSet<>();
        for (Line line : lines) {
            String text = line.text().replaceFirst("^[^:]{1,30}:\\s*", "");
            for (String piece : SKILL_SPLIT.split(text)) {
                String skill = piece.trim().replaceAll("[.]$", "");
                if (!skill.isEmpty() && skill.length() <= 40 && !Vocabulary.NOISE.contains(skill.toLowerCase(Locale.ROOT))) {
                    skills.add(skill);
                }
            }
        }
        return new ArrayList<>(skills);
    }
}
