package dev.vitae.resume.parser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Name, email, phone, profile links and home location from the top of a résumé. */
final class ContactParser {

    // EMAIL and URL scan whole lines with find(): RE2/J matches in linear time whatever the text,
    // where java.util.regex would backtrack quadratically over a long run of address characters.
    private static final com.google.re2j.Pattern EMAIL = com.google.re2j.Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/.-])(?:\\+|00)?\\(?\\d[\\d\\s().\\-/]{5,20}\\d(?![\\w/])");
    private static final com.google.re2j.Pattern URL = com.google.re2j.Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s,;()<>\"']+|\\b(?:[a-z0-9-]+\\.)+(?:com|io|dev|net|org|me|co|app|design|page|site|xyz|ai|tech|info|eu|de|uk|fr|nl|ca|au|ng|in|us|be|ch|at|se|dk|fi|pl|cz|sk|es|pt|br|ru|jp|cn|kr|tw|sg|nz|za|ie|gr|hu|ro|il|tv|cc|ly|sh|gg|id|my|vn|mx|ar|cl)(?:/[^\\s,;()<>\"']*)?");
    private static final Pattern NETWORK_HANDLE = Pattern.compile("(?i)^(\\S+)\\s*\\((linkedin|github)\\)$");
    private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{Lu}][\\p{L}'’.\\-]*|[\\p{Ll}]{1,3}|d'[\\p{L}]+|O'[\\p{L}]+");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "von", "der", "den", "de", "da", "di",
            "del", "della", "du", "le", "la", "dos", "das", "bin", "al", "ter", "zu", "y", "e", "st.");
    private static final java.util.Set<String> SOCIAL = java.util.Set.of("twitter.com", "x.com", "facebook.com",
            "instagram.com", "t.me", "wa.me", "youtube.com", "tiktok.com");
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("resume", "résumé", "curriculum", "vitae", "cv",
            "contact", "profile", "summary", "page");

    private ContactParser() {
    }

    record Contact(String firstName, String lastName, String email, String phone, String linkedin, String github,
            String portfolio, String website, Places.Place place, int nameIndex) {
    }

    static Contact parse(List<Line> lines, List<String> links) {
        List<Line> top = lines.stream().filter(l -> isContactArea(l.section())).toList();
        String email = email(lines, links);
        String[] name = null;
        int nameIndex = -1;
        Line nameLine = nameLine(lines);
        if (nameLine != null) {
            name = splitName(nameLine.text());
            nameIndex = nameLine.index();
        }
        Places.Place place = homePlace(top, nameLine);
        String region = place == null ? "US" : place.region();
        String phone = phone(top.isEmpty() ? lines : top, links, region);
        if (phone == null) {
            phone = phone(lines.stream().filter(l -> l.section() != Vocabulary.Section.WORK
                    && l.section() != Vocabulary.Section.EDUCATION).toList(), List.of(), region);
        }
        String[] profiles = profiles(lines, top, links, email);
        return new Contact(name == null ? null : name[0], name == null ? null : name[1], email, phone,
                profiles[0], profiles[1], profiles[2], profiles[3], place, nameIndex);
    }

    /**
     * Where the person lives: the first piece of a contact line that is a place ("Berlin,
     * Germany", "Located in Denver", "Belo Horizonte (MG) / Brasil"), else an address
     * printed over several lines ("Tábor, 390 02" / "Czech Republic"), else the town at the end
     * of a street address ("Lindenlaan 48 – 3512 AB, Utrecht"). Never the name line.
     */
    private static Places.Place homePlace(List<Line> top, Line nameLine) {
        List<String> texts = new ArrayList<>();
        for (Line line : top) {
            if (line != nameLine) {
                texts.add(withoutContactDetails(line.text()).replaceAll("\\s*\\([^()]*\\b(?:willing|open|relocat|remote)[^()]*\\)", ""));
            }
        }
        // A country printed alone is kept only when no line names the town.
        Places.Place countryOnly = null;
        for (String text : texts) {
            for (String piece : pieces(text)) {
                Places.Place p = Places.parse(piece);
                if (p != null && p.city() == null) {
                    countryOnly = countryOnly == null ? p : countryOnly;
                } else if (p != null && !"Remote".equals(p.city())) {
                    return p;
                }
            }
        }
        for (int i = 0; i + 1 < texts.size(); i++) {
            for (int span = 2; span <= 3 && i + span <= texts.size(); span++) {
                Places.Place p = Places.parse(String.join(", ", texts.subList(i, i + span)));
                if (p != null && !"Remote".equals(p.city())) {
                    return p;
                }
            }
        }
        for (String text : texts) {
            String[] commas = text.split("\\s*,\\s*");
            if (commas.length >= 2 && commas[0].matches(".*\\d.*")) {
                Places.Place p = Places.parse(commas[commas.length - 1]);
                if (p != null) {
                    return p;
                }
            }
        }
        return countryOnly;
    }

    /** An email address, a web address or a phone number, and nothing else. */
    static boolean isContactDetail(String text) {
        String t = text.trim();
        return t.length() <= 60 && (EMAIL.matcher(t).matches() || URL.matcher(t).matches() || PHONE.matcher(t).matches());
    }

    static boolean isContactArea(Vocabulary.Section section) {
        return section == Vocabulary.Section.HEADER || section == Vocabulary.Section.CONTACT
                || section == Vocabulary.Section.LINKS;
    }

    /** The text with emails, URLs and phone numbers cut out, leaving what may be a place. */
    static String withoutContactDetails(String text) {
        String rest = EMAIL.matcher(text).replaceAll("  ");
        rest = URL.matcher(rest).replaceAll("  ");
        return PHONE.matcher(rest).replaceAll("  ").trim();
    }

    /** Splits "Berlin, Germany | a@b.co · +49 30 1" into its pieces. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : text.split("\\s+[|·•]\\s+|\\s{2,}|\\s*\\|\\s*|\\s*•\\s*|\\s+·\\s*")) {
            String value = LABEL.matcher(piece.trim()).replaceFirst("").trim();
            if (!value.isBlank()) {
                pieces.add(value);
            }
        }
        return pieces;
    }

    /** "Location: Berlin, Germany", "Address – …": a label in front of a contact detail. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:location|address|based in|city|residence|home|phone|mobile|tel|email|e-mail|web|website)\\s*[:：–-]\\s*");

    private static String email(List<Line> lines, List<String> links) {
        for (String link : links) {
            if (link.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
                String address = link.substring(7).split("\\?")[0].trim();
                if (EMAIL.matcher(address).matches()) {
                    return address;
                }
            }
        }
        for (Line line : lines) {
            ParseDeadline.check();
            com.google.re2j.Matcher m = EMAIL.matcher(line.text());
            if (m.find()) {
                return m.group();
            }
        }
        // An address broken over two lines by a narrow column ("jean@examp" / "le.com").
        for (int i = 0; i + 1 < lines.size(); i++) {
            String joined = lines.get(i).text() + lines.get(i + 1).text();
            com.google.re2j.Matcher m = EMAIL.matcher(joined);
            if (lines.get(i).text().contains("@") && m.find()) {
                return m.group();
            }
        }
        return null;
    }

    private static String phone(List<Line> lines, List<String> links, String region) {
        for (String link : links) {
            if (link.toLowerCase(Locale.ROOT).startsWith("tel:")) {
                return link.substring(4).trim();
            }
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        for (Line line : lines) {
            Matcher m = PHONE.matcher(line.text());
            while (m.find()) {
                String candidate = m.group().trim();
                String digits = candidate.replaceAll("\\D", "");
                if (digits.length() < 7 || digits.length() > 15 || Dates.findRange(candidate) != null
                        || candidate.matches(".*\\b(19|20)\\d{2}\\s*[-–/]\\s*(19|20)?\\d{2}\\b.*")) {
                    continue;
                }
                // A number of ten digits or more printed alone on its line is a phone wherever its region is.
                if (isPossible(util, candidate, region) || digits.length() >= 10 && candidate.equals(line.text().trim())) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static boolean isPossible(PhoneNumberUtil util, String candidate, String region) {
        try {
            PhoneNumber number = util.parse(candidate, candidate.startsWith("+") ? null : region);
            return util.isPossibleNumber(number);
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** [linkedin, github, portfolio, website]. */
    private static String[] profiles(List<Line> lines, List<Line> top, List<String> links, String email) {
        String[] out = new String[4];
        List<String> candidates = new ArrayList<>();
        for (String link : links) {
            candidates.add(link);
        }
        // The header's text without the e-mail address: a site on the e-mail's domain counts only where it is printed itself.
        String topText = String.join(" ", top.stream().map(Line::text).toList()).toLowerCase(Locale.ROOT);
        if (email != null) {
            topText = topText.replace(email.toLowerCase(Locale.ROOT), " ");
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Matcher handle = NETWORK_HANDLE.matcher(line.text().trim());
            if (handle.matches()) {
                candidates.add(networkUrl(handle.group(2), handle.group(1)));
            }
            // "LinkedIn" on one line, the user name on the next (a labelled profile list).
            String label = line.text().trim().toLowerCase(Locale.ROOT);
            if ((label.equals("linkedin") || label.equals("github")) && i + 1 < lines.size()) {
                String next = lines.get(i + 1).text().trim();
                if (next.matches("[\\w.-]{2,60}")) {
                    candidates.add(networkUrl(label, next));
                }
            }
            com.google.re2j.Matcher url = URL.matcher(line.text());
            while (url.find()) {
                String value = url.group();
                if (partOfEmail(line.text(), url.start(), url.end())) {
                    continue;
                }
                if (isContactArea(line.section()) || value.toLowerCase(Locale.ROOT).contains("linkedin.com")
                        || value.toLowerCase(Locale.ROOT).contains("github.com")) {
                    candidates.add(value);
                }
            }
        }
        for (String candidate : candidates) {
            String url = normalizeUrl(candidate);
            if (url == null) {
                continue;
            }
            String host = host(url);
            if (host == null || SOCIAL.contains(host)) {
                continue;
            }
            if (host.endsWith("linkedin.com")) {
                out[0] = out[0] == null && url.contains("/in/") ? url : out[0];
            } else if (host.equals("github.com")) {
                // The profile itself ("github.com/user") over a repository link, wherever either was printed.
                boolean profile = path(url).matches("/[\\w.-]+/?");
                if (path(url).length() > 1 && (out[1] == null || profile && !path(out[1]).matches("/[\\w.-]+/?"))) {
                    out[1] = url;
                }
            } else if (topText.contains(host) || candidateIsText(candidate, lines, email)) {
                if (out[2] == null) {
                    out[2] = url;
                } else if (out[3] == null && !sameTarget(out[2], url)) {
                    out[3] = url;
                }
            }
        }
        return out;
    }

    /** Whether the text at [start, end) belongs to an e-mail address ("me@site.dev" holds "site.dev"). */
    private static boolean partOfEmail(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to).contains("@");
    }

    /**
     * Whether a link is printed as contact detail: its address (without scheme or "www.") shows on
     * a contact line or on the line that holds the e-mail address, wherever that line was placed.
     */
    private static boolean candidateIsText(String candidate, List<Line> lines, String email) {
        String printed = candidate.replaceFirst("(?i)^https?://(www\\.)?", "").replaceAll("/$", "").toLowerCase(Locale.ROOT);
        return lines.stream().anyMatch(l -> {
            String text = l.text().toLowerCase(Locale.ROOT);
            return text.contains(printed) && (isContactArea(l.section()) || email != null && text.contains(email.toLowerCase(Locale.ROOT)));
        });
    }

    private static boolean sameTarget(String a, String b) {
        return a.replaceFirst("^https?://(www\\.)?", "").replaceAll("/$", "")
                .equalsIgnoreCase(b.replaceFirst("^https?://(www\\.)?", "").replaceAll("/$", ""));
    }

    private static String networkUrl(String network, String handle) {
        String h = handle.replaceAll("^@", "");
        return network.equalsIgnoreCase("linkedin") ? "https://www.linkedin.com/in/" + h : "https://github.com/" + h;
    }

    static String normalizeUrl(String raw) {
        String value = raw.trim().replaceAll("[.,;:)]+$", "");
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("javascript:")) {
            return null;
        }
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            value = "https://" + value;
        }
        try {
            URI uri = new URI(value);
            return uri.getHost() == null ? null : value;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String path(String url) {
        try {
            String path = new URI(url).getPath();
            return path == null ? "" : path;
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }

    /**
     * The line holding the person's name: the largest name-like text anywhere (a sidebar may
     * put it last in reading order), else the first name-like line near the top. A line that
     * names a place, a school or an employer is no name.
     */
    private static Line nameLine(List<Line> lines) {
        Line largest = null;
        for (Line line : lines) {
            if (line.size() >= 1.5 && isName(line.text()) && (largest == null || line.size() > largest.size() + 0.01)) {
                largest = line;
            }
        }
        if (largest != null) {
            return largest;
        }
        Line split = nameOverLines(lines);
        if (split != null) {
            return split;
        }
        for (Line line : lines.stream().limit(12).toList()) {
            if (isName(line.text()) || isHanName(line.text())) {
                return line;
            }
        }
        return null;
    }

    private static boolean isName(String text) {
        return looksLikeName(text) && Places.parse(text) == null && Places.country(text) == null
                && Vocabulary.companyScore(text) == 0 && !Vocabulary.isSchool(text);
    }

    /**
     * A name printed in the largest type over two or three lines ("MAREN" / "VOSS"), each line a
     * word or two, or a first name in the largest type over a family name a little smaller:
     * joined into one line.
     */
    private static Line nameOverLines(List<Line> lines) {
        double max = lines.stream().mapToDouble(Line::size).max().orElse(0);
        if (max < 1.5) {
            return null;
        }
        List<Line> largest = lines.stream().filter(l -> Math.abs(l.size() - max) < 0.05).toList();
        if (largest.size() == 1) {
            // "NADIA" over a slightly smaller "BRIGHTWATER": the large lines right below it, printed alike, go with it.
            int at = lines.indexOf(largest.get(0));
            List<Line> run = new ArrayList<>(largest);
            for (int i = at + 1; i < lines.size() && run.size() < 3; i++) {
                Line next = lines.get(i);
                if (next.size() < Math.min(1.5, max * 0.55) || next.bold() != largest.get(0).bold() || next.words() > 2) {
                    break;
                }
                run.add(next);
            }
            largest = run;
        }
        if (largest.size() < 2 || largest.size() > 3 || largest.get(largest.size() - 1).index() - largest.get(0).index() > 4) {
            return null;
        }
        String joined = String.join(" ", largest.stream().map(Line::text).toList());
        return isName(joined) ? largest.get(0).withText(joined) : null;
    }

    /** "王小明": two to four Han characters alone on a line. */
    private static boolean isHanName(String text) {
        return text.trim().matches("\\p{IsHan}{2,4}");
    }

    /** "Pradeep (Dee) Kulkarni", 'Robert "Bob" Miller': the nickname is not part of the name. */
    private static String withoutNickname(String text) {
        return text.replaceAll("\\s*(?:\\([^()]{1,20}\\)|[\"“][^\"“”]{1,20}[\"”])\\s*", " ").trim();
    }

    static boolean looksLikeName(String text) {
        String t = withoutNickname(text.trim());
        Matcher familyFirst = FAMILY_FIRST.matcher(t);
        if (familyFirst.matches()) {
            t = familyFirst.group(2) + " " + familyFirst.group(1);
        }
        if (t.length() < 3 || t.length() > 60 || t.matches(".*[\\d@/:|•·,].*") || Headings.exact(t) != null) {
            return false;
        }
        String[] tokens = t.split("\\s+");
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (String token : tokens) {
            if (NOT_NAMES.contains(token.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (!NAME_TOKEN.matcher(token).matches()) {
                return false;
            }
            if (Character.isUpperCase(token.codePointAt(0))) {
                capitalised++;
            } else if (!PARTICLES.contains(token.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 2 && Vocabulary.titleScore(t) == 0;
    }

    /** Chinese family names of two characters; every other one is the first character. */
    private static final java.util.Set<String> COMPOUND_SURNAMES = java.util.Set.of("欧阳", "歐陽", "司马", "司馬", "上官",
            "诸葛", "諸葛", "东方", "東方", "皇甫", "令狐", "慕容", "尉迟", "長孫", "长孙", "夏侯", "轩辕", "軒轅");
    /** "CHEN, Yu-Ting": a family name in capitals before a comma and the given name. */
    private static final Pattern FAMILY_FIRST = Pattern.compile("^(\\p{Lu}[\\p{Lu}'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'’\\-]+)?),\\s*(.+)$");

    /** [first, last]: the first given name, and the rest with particles, without middle initials. */
    static String[] splitName(String text) {
        String t = withoutNickname(text.trim());
        if (isHanName(t)) {
            int family = t.length() > 2 && COMPOUND_SURNAMES.contains(t.substring(0, 2)) ? 2 : 1;
            return new String[] { t.substring(family), t.substring(0, family) };
        }
        Matcher familyFirst = FAMILY_FIRST.matcher(t);
        if (familyFirst.matches()) {
            String[] given = splitName(familyFirst.group(2));
            return new String[] { given[0], titleCase(familyFirst.group(1)) };
        }
        if (t.equals(t.toUpperCase(Locale.ROOT))) {
            t = titleCase(t);
        }
        List<String> tokens = new ArrayList<>(List.of(t.split("\\s+")));
        // Middle initials ("K." or a bare "K"); "Ó" in "Ó Súilleabháin" is a particle, not an initial.
        tokens.removeIf(token -> (token.matches("\\p{L}\\.") || token.matches("[A-Z]")) && tokens.indexOf(token) > 0);
        if (tokens.size() < 2) {
            return new String[] { tokens.isEmpty() ? null : tokens.get(0), null };
        }
        return new String[] { tokens.get(0), String.join(" ", tokens.subList(1, tokens.size())) };
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'';
        }
        return out.toString();
    }
}
