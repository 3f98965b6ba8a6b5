package dev.vitae.resume.parser;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.vitae.resume.ImportReport;

/**
 * Plain text and Markdown. Markdown headings ({@code #}, underlined with {@code ===}/{@code ---})
 * become heading lines; {@code [text](url)} keeps the text and collects the URL; emphasis
 * markers and table pipes are dropped. Text that is not UTF-8 is read as Windows-1252.
 */
public final class PlainTextExtractor {

    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?://|mailto:)[^>]+)>");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern UNDERLINE = Pattern.compile("^(=+|-+)$");
    private static final Pattern CELL_SPLIT = Pattern.compile("\\s{2,}|\\t+");
    private static final Pattern WHOLE_LINE_BOLD = Pattern.compile("^(\\*\\*|__)[^*_].*\\1$");
    /**
     * Markdown heading levels as sizes relative to body text, so that "# Name", "## Experience"
     * and "### Title, Company" read as three different styles, as they look when rendered.
     */
    private static final double[] HEADING_SIZES = { 2.0, 1.6, 1.3, 1.15, 1.1, 1.05 };

    private PlainTextExtractor() {
    }

    public static ExtractedText extract(byte[] bytes, boolean markdown) throws TextLimits.TooMuchText {
        String text = decode(bytes).replace("\r\n", "\n").replace('\r', '\n');
        TextLimits.checkTotal(text.length());
        String[] raw = text.lines().flatMap(line -> TextLimits.pieces(line).stream()).toArray(String[]::new);
        List<TextLine> lines = new ArrayList<>();
        Set<String> links = new LinkedHashSet<>();
        int row = 0;
        for (int i = 0; i < raw.length; i++) {
            ParseDeadline.check();
            String line = Glyphs.clean(raw[i]);
            boolean heading = false;
            double size = 0;
            boolean bold = false;
            if (markdown) {
                Matcher h = MD_HEADING.matcher(line.trim());
                if (h.matches()) {
                    line = h.group(2);
                    heading = true;
                    size = HEADING_SIZES[h.group(1).length() - 1];
                } else if (i + 1 < raw.length && UNDERLINE.matcher(raw[i + 1].trim()).matches()
                        && !line.isBlank() && raw[i + 1].trim().length() >= 3) {
                    heading = true;
                    size = raw[i + 1].trim().startsWith("=") ? HEADING_SIZES[0] : HEADING_SIZES[1];
                    i++;
                }
                bold = WHOLE_LINE_BOLD.matcher(line.trim()).matches();
                line = markdownInline(line, links);
            }
            if (line.isBlank() || UNDERLINE.matcher(line.trim()).matches()) {
                continue;
            }
            row++;
            for (String cell : CELL_SPLIT.split(line.trim())) {
                String value = cell.trim();
                if (!value.isEmpty()) {
                    lines.add(new TextLine(value, size, bold, heading, row));
                }
            }
        }
        return new ExtractedText(lines, new ArrayList<>(links), ImportReport.PLAIN_TEXT);
    }

    private static String markdownInline(String line, Set<String> links) {
        Matcher link = MD_LINK.matcher(line);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            links.add(link.group(2));
            String label = link.group(1);
            link.appendReplacement(out, Matcher.quoteReplacement(label.isBlank() ? link.group(2) : label));
        }
        link.appendTail(out);
        Matcher auto = AUTOLINK.matcher(out.toString());
        StringBuilder out2 = new StringBuilder();
        while (auto.find()) {
            links.add(auto.group(1));
            auto.appendReplacement(out2, Matcher.quoteReplacement(auto.group(1).replaceFirst("^mailto:", "")));
        }
        auto.appendTail(out2);
        String result = out2.toString()
                .replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
                .replaceAll("(?<![\\w*])[*_](\\S(?:.*?\\S)?)[*_](?![\\w*])", "$1")
                .replaceAll("^\\s*>\\s?", "");
        if (result.trim().startsWith("|")) {
            result = result.trim().replaceAll("^\\||\\|$", "").replaceAll("\\s*\\|\\s*", "   ");
            if (result.replaceAll("[\\s:-]", "").isEmpty()) {
                return "";
            }
        }
        return result;
    }

    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
