package dev.vitae.resume.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.vitae.resume.ParsedResume.Position;

/**
 * Splits the experience section into positions. Each position is anchored on its date range;
 * the short lines around it (before and after, in the same pattern for every entry) are its
 * header — title, company, location — and the longer lines that follow are its description.
 */
final class WorkParser {

    private static final Pattern HEADER_SEPARATOR = Pattern.compile("\\s+[—–|·•]\\s+|\\s*\\|\\s*");
    private static final Pattern LEVEL = Pattern.compile("(\\S)\\s+-\\s+(\\d{1,2}|I{1,3}|IV|VI{0,3})(?=\\s*(?:$|[,|·•—–]))");
    private static final String GRADE_DASH = "\uE000";
    private static final Pattern LAST_DASH = Pattern.compile("^(.+)\\s+[—–|·-]\\s+([^—–|·]+)$");
    private static final Pattern AT = Pattern.compile("\\s+(?:at|@)\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|·•—–-]\\s+|\\s*\\|\\s*");
    private static final int MAX_HEADER_LINES = 3;
    /** "Acme GmbH (Berlin, Germany)". */
    private static final Pattern BRACKETED_PLACE = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    /** "Acme Inc." ends with a period but is no sentence. */
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?i)(?:\\b(?:inc|ltd|ltda|co|corp|llc|llp|jr|sr|st|bros|dept|univ|plc|ag|pty|gmbh|sa|bv|nv|spa|srl|sas|sarl|"
                    + "oy|ab|as|kg|bhd|pte)|\\b\\p{L}|\\b(?:\\p{L}\\.){2,})\\.$");

    private WorkParser() {
    }

    static List<Position> parse(List<Line> lines) {
        List<Line> content = joinStackedDates(Line.joinItemTails(lines).stream()
                .filter(l -> !Vocabulary.NOISE.contains(l.text().toLowerCase(Locale.ROOT)))
                .filter(l -> !Vocabulary.DURATION.matcher(l.text()).matches())
                .toList());
        List<Integer> anchors = new ArrayList<>();
        List<Dates.Range> ranges = new ArrayList<>();
        java.util.Set<Integer> history = new java.util.HashSet<>();
        for (int i = 0; i < content.size(); i++) {
            Dates.Range range = Dates.findRange(content.get(i).text());
            if (range != null && content.get(i).words() <= 14) {
                if (!ranges.isEmpty() && isHistory(content.get(i).text(), range, ranges.get(ranges.size() - 1))) {
                    history.add(i);
                    continue;
                }
                anchors.add(i);
                ranges.add(range);
            }
        }
        if (!anchors.isEmpty()) {
            addSingleDateEntries(content, anchors, ranges);
        }
        if (anchors.isEmpty()) {
            return List.of();
        }
        boolean[] description = descriptions(content, anchors);
        history.forEach(i -> description[i] = true);
        // Header lines before the first anchor set the pattern for every entry.
        // Cells beside the dates, on the anchor's own visual line, do not count.
        int before = 0;
        int firstRow = content.get(anchors.get(0)).row();
        for (int i = headerEnd(anchors.get(0), -1, description); i >= 0 && !description[i] && before < MAX_HEADER_LINES; i--) {
            before += content.get(i).row() == firstRow ? 0 : 1;
        }
        List<Draft> drafts = new ArrayList<>();
        for (int k = 0; k < anchors.size(); k++) {
            int anchor = anchors.get(k);
            int previousAnchor = k == 0 ? -1 : anchors.get(k - 1);
            int nextAnchor = k + 1 < anchors.size() ? anchors.get(k + 1) : content.size();
            List<Line> header = new ArrayList<>();
            // Before: up to `before` non-description lines right above the anchor.
            List<Line> above = new ArrayList<>();
            int aboveRows = 0;
            for (int i = headerEnd(anchor, previousAnchor, description); i > previousAnchor && !description[i]
                    && (aboveRows < before || content.get(i).row() == content.get(anchor).row()); i--) {
                above.add(0, content.get(i));
                aboveRows += content.get(i).row() == content.get(anchor).row() ? 0 : 1;
            }
            header.addAll(above);
            Line anchorLine = content.get(anchor);
            Dates.Range range = ranges.get(k);
            String rest = withoutRange(anchorLine.text(), range);
            if (!rest.isEmpty()) {
                header.add(anchorLine.withText(rest));
            }
            // After: non-description lines below the anchor, leaving the next entry its own header lines.
            int nextBefore = 0;
            if (k + 1 < anchors.size()) {
                for (int i = nextAnchor - 1; i > anchor && !description[i] && nextBefore < before; i--) {
                    nextBefore++;
                }
            }
            int limit = nextAnchor - nextBefore;
            int i = anchor + 1;
            int after = 0;
            while (i < limit && !description[i] && after < MAX_HEADER_LINES) {
                header.add(content.get(i));
                i++;
                after++;
            }
            StringBuilder text = new StringBuilder();
            for (; i < limit; i++) {
                if (description[i]) {
                    text.append(text.length() > 0 ? "\n" : "").append(content.get(i).text());
                }
            }
            Draft draft = draft(header, range, text.toString());
            draft.headerLines = header.size();
            draft.aboveRows = aboveRows;
            drafts.add(draft);
        }
        boolean titleFirst = titleComesFirst(drafts);
        List<Position> positions = new ArrayList<>();
        for (Draft draft : drafts) {
            Position position = draft.resolve(titleFirst);
            Position previous = positions.isEmpty() ? null : positions.get(positions.size() - 1);
            boolean fewerHeaderLines = before >= 2 && draft.headerLines < before || before >= 1 && draft.aboveRows == 0;
            if (previous != null && fewerHeaderLines && position.company() == null
                    && position.title() != null && previous.company() != null) {
                // "Kempenland Motion B.V." over two roles: a role whose header is only its title is
                // one more role at the employer above.
                position = new Position(previous.company(), position.title(),
                        position.location() != null ? position.location() : previous.location(), position.startDate(),
                        position.endDate(), position.current(), position.description());
            }
            positions.add(position);
        }
        return positions;
    }

    /**
     * "Line cook from 2016 – 2018" under an entry dated 2016 – now: a span "from" within the
     * entry above tells that job's story (the roles held there), it is no entry of its own.
     */
    private static boolean isHistory(String text, Dates.Range range, Dates.Range above) {
        boolean from = text.substring(0, range.start()).matches("(?iu).*\\bfrom\\s*$");
        return from && year(range.from()) >= year(above.from())
                && (above.current() || !range.current() && range.to() != null && above.to() != null
                        && year(range.to()) <= year(above.to()));
    }

    private static int year(String date) {
        return date == null || !date.matches("\\d{4}.*") ? Integer.MIN_VALUE : Integer.parseInt(date.substring(0, 4));
    }

    /**
     * A job of a single date ("2024", "Summer 2009") among entries with ranges: a short header
     * line with one date and little else anchors an entry that began and ended then.
     */
    private static void addSingleDateEntries(List<Line> content, List<Integer> anchors, List<Dates.Range> ranges) {
        for (int i = 0; i < content.size(); i++) {
            Line line = content.get(i);
            if (anchors.contains(i) || line.bullet() || endsSentence(line.text())) {
                continue;
            }
            Dates.Range single = Dates.findSingle(line.text());
            if (single == null) {
                continue;
            }
            String rest = cleanRest(line.text().substring(0, single.start()) + " " + line.text().substring(single.end()));
            // "July 2020: intern …" / "Marhc – Jnue 2016: Lab assistant": a year closing a short lead before a colon
            // dates the line as much as one at its edge.
            boolean colon = single.start() <= 20 && line.text().substring(single.end()).matches("\\s*:\\s*\\p{L}.*");
            boolean atEdge = single.start() <= 2 || single.end() >= line.text().length() - 2 || colon;
            if (colon) {
                rest = cleanRest(line.text().substring(line.text().indexOf(':', single.end()) + 1));
            }
            // Its header — the rest of the line, the cells beside it, the lines around it — names a job or an employer.
            StringBuilder header = new StringBuilder(rest);
            for (int j = Math.max(0, i - 1); j < Math.min(content.size(), i + 3); j++) {
                if (j != i && (content.get(j).row() == line.row() || j == i - 1 || j == i + 1)) {
                    header.append(" | ").append(content.get(j).text());
                }
            }
            boolean namesJob = Vocabulary.titleScore(header.toString()) > 0 || Vocabulary.companyScore(header.toString()) > 0;
            // Few words and a short text: a sentence in a script without spaces ("自2015年3月份至今…") is no header.
            if (atEdge && namesJob && (rest.isEmpty() ? 0 : rest.split("\\s+").length) <= 5 && rest.length() <= 60) {
                int at = 0;
                while (at < anchors.size() && anchors.get(at) < i) {
                    at++;
                }
                anchors.add(at, i);
                ranges.add(at, new Dates.Range(colon ? 0 : single.start(), single.end(), single.to(), single.to(), false));
            }
        }
    }

    /**
     * A date column printing a range over two lines ("Mar 2017 -" / "Feb 2018") becomes one
     * line holding the whole range, so that it anchors its entry like any other.
     */
    private static List<Line> joinStackedDates(List<Line> lines) {
        List<Line> joined = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ParseDeadline.check();
            Line line = lines.get(i);
            // The end date is on one of the next two lines (a company cell may sit between them).
            for (int next = i + 1; next <= i + 2 && next < lines.size(); next++) {
                String range = Dates.joinStacked(line.text(), lines.get(next).text());
                if (range != null) {
                    joined.add(line.withText(range));
                    List<Line> between = lines.subList(i + 1, next);
                    joined.addAll(between);
                    i = next;
                    line = null;
                    break;
                }
            }
            if (line != null) {
                joined.add(line);
            }
        }
        return joined;
    }

    /** The anchor line without its dates: empty brackets, stray separators and end punctuation removed. */
    /** A line's text without its dates; what stood on either side stays apart ("Title | Oct 2020 – Present, India" → "Title | India"). */
    static String withoutRange(String text, Dates.Range range) {
        String left = cleanRest(text.substring(0, range.start()));
        String right = cleanRest(text.substring(range.end()));
        if (left.isEmpty() || right.isEmpty()) {
            return left + right;
        }
        return left + (AT.matcher(" " + right).lookingAt() ? " " : " | ") + right;
    }

    static String cleanRest(String text) {
        String cleaned = text.replaceAll("\\(\\s*\\)|[\"“”]\\s*[\"“”]", " ")
                .replaceAll("(?i)\\b(?:from|since|during)\\s*$", "")
                .replaceAll("\\s+([,.;:])", "$1")
                .replaceAll("^[\\s,.;:|·•—–)(-]+|[\\s,;:|·•—–(-]+$", "").trim();
        // "Fabrikam Inc. 2016 – 2017": a legal form keeps its full stop; any other stop before the dates goes.
        String lastWord = cleaned.substring(cleaned.lastIndexOf(' ') + 1);
        return LEGAL_FORM.matcher(lastWord).matches() && lastWord.contains(".") ? cleaned
                : cleaned.replaceAll("[\\s,.;:|·•—–(-]+$", "");
    }

    /** An entry whose title and company may still be undecided among its header parts. */
    private static final class Draft {
        String title;
        String company;
        String location;
        final List<String> parts = new ArrayList<>();
        Dates.Range range;
        String description;
        int headerLines;
        int aboveRows;
        /** How many header lines gave parts. */
        int partLines;

        /** 1 title before company, -1 company before title, 0 no evidence (by title/employer words). */
        int orderEvidence() {
            if (title != null || company != null || parts.size() < 2) {
                return 0;
            }
            int first = score(parts.get(0));
            int second = score(parts.get(1));
            if (first > second && (first > 0 || second < 0)) {
                return 1;
            }
            if (second > first && (second > 0 || first < 0)) {
                return -1;
            }
            return 0;
        }

        Position resolve(boolean titleFirst) {
            List<String> left = new ArrayList<>(parts);
            // "Stock assistant • Shift manager • Northwind Frozen Foods": of three or more parts, the one alone in being the
            // least like a title is the employer, and the one most like a title (the first of equals) the title.
            if (title == null && company == null && left.size() >= 3 && partLines == 1) {
                int least = left.stream().mapToInt(Draft::score).min().orElseThrow();
                int most = left.stream().mapToInt(Draft::score).max().orElseThrow();
                List<String> employers = left.stream().filter(p -> score(p) == least).toList();
                if (employers.size() == 1 && most > least) {
                    company = employers.get(0);
                    title = left.stream().filter(p -> score(p) == most).findFirst().orElseThrow();
                    left.clear();
                }
            }
            if (title == null && company == null && left.size() >= 2) {
                int evidence = orderEvidence();
                boolean first = evidence != 0 ? evidence > 0 : titleFirst;
                title = left.remove(first ? 0 : 1);
                company = left.remove(0);
            }
            while (!left.isEmpty() && (title == null || company == null)) {
                String part = left.remove(0);
                if (title == null && (company != null || score(part) >= 0)) {
                    title = part;
                } else if (company == null) {
                    company = part;
                }
            }
            // "Northmoor, Sheffield, UK" reads as a three-part place; an entry without an employer
            // takes the part in front of a complete place as its employer.
            if (company == null && location != null) {
                String[] employerAndPlace = location.split("\\s*,\\s*", 2);
                if (employerAndPlace.length == 2 && Places.parse(employerAndPlace[1]) != null) {
                    company = employerAndPlace[0];
                    location = employerAndPlace[1];
                }
            }
            return new Position(company, title, location, range.from(), range.to(), range.current(),
                    description == null || description.isBlank() ? null : description);
        }

        private static int score(String part) {
            return Vocabulary.titleScore(part) - Vocabulary.companyScore(part);
        }
    }

    /** How this résumé orders title and company, from the entries whose words tell; title first if none do. */
    private static boolean titleComesFirst(List<Draft> drafts) {
        int votes = 0;
        for (Draft draft : drafts) {
            votes += draft.orderEvidence();
        }
        return votes >= 0;
    }

    /**
     * The last header line above an anchor. Usually the line right above it; but when a
     * template prints the dates beside the first description line, one or two description lines
     * separate the dates from their header, and those are stepped over.
     */
    private static int headerEnd(int anchor, int previousAnchor, boolean[] description) {
        int i = anchor - 1;
        int skipped = 0;
        while (i > previousAnchor && description[i] && skipped < 2) {
            i--;
            skipped++;
        }
        return i > previousAnchor && !description[i] ? i : anchor - 1;
    }

    /**
     * Which lines are description: bullets, sentences, and the continuation lines of either.
     * A cell on the same visual line as an entry's dates is never description: it is its header.
     */
    private static boolean[] descriptions(List<Line> lines, List<Integer> anchors) {
        boolean[] description = new boolean[lines.size()];
        java.util.Set<Integer> anchorRows = new java.util.HashSet<>();
        anchors.forEach(a -> anchorRows.add(lines.get(a).row()));
        for (int i = 0; i < lines.size(); i++) {
            if (anchors.contains(i) || anchorRows.contains(lines.get(i).row()) && !lines.get(i).bullet()
                    && lines.get(i).words() <= 14) {
                continue;
            }
            Line line = lines.get(i);
            String text = line.text();
            boolean sentence = endsSentence(text) && !ABBREVIATION_END.matcher(text).find() && line.words() >= 4
                    && !(line.words() <= 9 && AT.matcher(text).find() && Vocabulary.titleScore(text) > 0);
            boolean continuation = i > 0 && description[i - 1] && !endsSentence(lines.get(i - 1).text())
                    && (Character.isLowerCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)));
            description[i] = line.bullet() || sentence || line.words() >= 10 && !headerShaped(text) || continuation;
        }
        return description;
    }

    /**
     * "Enterprise Sales Manager — Ipê Software Ltda., São Paulo, SP": parts between separators,
     * none of them longer than a name, and no sentence end — a header however many words.
     */
    private static boolean headerShaped(String text) {
        if (endsSentence(text)) {
            return false;
        }
        String[] parts = HEADER_SEPARATOR.split(text);
        if (parts.length == 1) {
            // "Centre for Coastal and Marine Ecology Research, Northfield University, Leeds, UK": names before a place.
            String[] withPlace = splitPlace(text);
            if (withPlace[1] == null) {
                return false;
            }
            parts = withPlace[0].split("\\s*,\\s+");
            return parts.length <= 3 && java.util.Arrays.stream(parts).allMatch(part -> part.split("\\s+").length <= 8);
        }
        return parts.length <= 4 && java.util.Arrays.stream(parts).allMatch(part -> part.trim().split("\\s+").length <= 8);
    }

    private static boolean endsSentence(String text) {
        return !text.isEmpty() && ".!?;。！？；".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static Draft draft(List<Line> header, Dates.Range range, String description) {
        Draft draft = new Draft();
        draft.range = range;
        draft.description = description;
        String title = null;
        String company = null;
        String location = null;
        List<String> parts = draft.parts;
        for (Line line : header) {
            String text = line.text();
            if (Places.parse(text) != null) {
                location = location == null ? text : location;
                continue;
            }
            String[] at = AT.split(text, 2);
            if (at.length == 2 && parts.size() >= 2 && text.endsWith(".")) {
                // "Mathematics TA, Lakeview University. 01/2023 – Current." / "Grading assistant … at LVU.":
                // with the title and employer already named, a sentence below them describes the job.
                draft.description = description.isEmpty() ? text : text + "\n" + description;
                continue;
            }
            if (at.length == 2 && !at[0].isBlank() && !at[1].isBlank()) {
                title = title == null ? at[0].trim() : title;
                String right = at[1].trim();
                String[] companyAndPlace = splitPlace(right);
                company = company == null ? companyAndPlace[0] : company;
                if (companyAndPlace[1] != null && location == null) {
                    location = companyAndPlace[1];
                }
                continue;
            }
            String[] withPlace = splitPlace(text);
            if (withPlace[1] != null) {
                if (location == null) {
                    location = withPlace[1];
                }
                text = withPlace[0];
            }
            // "Search Engineer - 1", "Analyst - II": a grade after a dash belongs to the title, the dash is no separator.
            text = LEVEL.matcher(text).replaceAll("$1" + GRADE_DASH + "$2");
            int before = parts.size();
            for (String part : SEPARATORS.split(text)) {
                // A footnote mark ("United States*") is no part of the value.
                String value = withoutFootnoteMark(part.trim()).replace(GRADE_DASH, " - ");
                // "Night Manager.": a sentence's full stop, not an abbreviation's ("Acme Co.", "Sr.").
                String lastWord = value.substring(value.lastIndexOf(' ') + 1);
                if (lastWord.matches("\\p{L}*\\p{Ll}{3}\\.") && !LEGAL_FORM.matcher(lastWord).matches()) {
                    value = value.substring(0, value.length() - 1);
                }
                if (value.isEmpty()) {
                    continue;
                }
                if (Places.parse(value) != null || twoPlaces(value)) {
                    location = location == null ? value : location;
                } else {
                    parts.addAll(titleAndCompany(value));
                }
            }
            if (parts.size() > before) {
                draft.partLines++;
            }
        }
        draft.title = title;
        draft.company = company;
        draft.location = location == null ? null : withoutFootnoteMark(location);
        return draft;
    }

    /** "Amman and Beirut", "London & Paris": two places joined, where the job was done. */
    private static boolean twoPlaces(String text) {
        String[] sides = text.split("\\s+(?:and|&)\\s+");
        return sides.length == 2 && Places.parse(sides[0]) != null && Places.parse(sides[1]) != null;
    }

    private static String withoutFootnoteMark(String text) {
        return text.replaceAll("(?<=\\S)[*†‡]+$", "");
    }

    /** "Inc.", "GmbH": a legal form after a comma belongs to the name before it ("Red Hat, Inc."). */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?i)^(?:inc|ltd|llc|llp|plc|gmbh|ag|s\\.?a|b\\.?v|n\\.?v|"
            + "co|corp|pty\\.? ltd|limited|s\\.?r\\.?l|s\\.?p\\.?a|oy|ab|as|a/s|kg|sarl|sas|ltda|bhd|pte\\.? ltd)\\.?$");

    /**
     * "Staff Accountant, Lumen Energy AG" → both parts. A title or employer word on either
     * side tells that the comma separates them; a third piece ("Zorgassistent, Hogeschool
     * Noordhaven, Minor Verpleegkunde") is a remark and dropped; a legal form stays with its name.
     */
    private static List<String> titleAndCompany(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : text.split("\\s*,\\s+")) {
            String value = piece.trim();
            if (!pieces.isEmpty() && LEGAL_FORM.matcher(value).matches()) {
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + ", " + value);
            } else if (!value.isEmpty()) {
                pieces.add(value);
            }
        }
        if (pieces.size() >= 2 && (Vocabulary.titleScore(pieces.get(0)) > 0 || Vocabulary.titleScore(pieces.get(1)) > 0
                || Vocabulary.companyScore(pieces.get(0)) > 0 || Vocabulary.companyScore(pieces.get(1)) > 0
                || pieces.size() >= 3)) {
            return List.of(pieces.get(0), pieces.get(1));
        }
        // "Guest Relations, Qasr Al-Nour Travel": two short names and nothing telling; the résumé's own order decides later.
        if (pieces.size() == 2 && pieces.stream().allMatch(p -> p.split("\\s+").length <= 6 && Character.isUpperCase(p.codePointAt(0)))) {
            return pieces;
        }
        return pieces.size() == 1 ? pieces : List.of(text);
    }

    /** "Acme Corp, Berlin, Germany" → ["Acme Corp", "Berlin, Germany"]; no place → [text, null]. */
    static String[] splitPlace(String text) {
        java.util.regex.Matcher bracketed = BRACKETED_PLACE.matcher(text);
        if (bracketed.matches() && Places.parse(bracketed.group(2)) != null) {
            return new String[] { bracketed.group(1).trim(), bracketed.group(2).trim() };
        }
        String[] commas = text.split("\\s*,\\s*");
        for (int i = 1; i < commas.length; i++) {
            String tail = String.join(", ", java.util.Arrays.copyOfRange(commas, i, commas.length));
            if (Places.parse(tail) != null || twoPlaces(tail)) {
                String head = String.join(", ", java.util.Arrays.copyOfRange(commas, 0, i));
                // "Acme — Hamburg, Germany": the town after the dash belongs to the place, not the employer.
                java.util.regex.Matcher dash = LAST_DASH.matcher(head);
                if (dash.find() && Places.parse(dash.group(2) + ", " + tail) != null) {
                    return new String[] { dash.group(1), dash.group(2) + ", " + tail };
                }
                return new String[] { head, tail };
            }
        }
        String[] dash = text.split("\\s+[—–|·-]\\s+");
        if (dash.length == 2 && Places.parse(dash[1]) != null) {
            return new String[] { dash[0], dash[1] };
        }
        return new String[] { text, null };
    }
}
