package dev.vitae.resume.parser;

import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.vitae.resume.ImportReport;
import dev.vitae.resume.ResumeParseException;

/**
 * A small RTF reader (no Swing): paragraphs, tabs, line breaks, {@code \'hh} and {@code \\uN}
 * characters, bold, and HYPERLINK fields. Destinations that hold no text (font and colour
 * tables, pictures, {@code \*} groups) are skipped.
 */
public final class RtfExtractor {

    private static final Pattern FIELD_HYPERLINK = Pattern.compile("HYPERLINK\\s+\"([^\"]+)\"");
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict",
            "header", "footer", "object", "datastore", "themedata", "listtable", "listoverridetable", "rsidtbl",
            "generator", "latentstyles", "xmlnstbl", "mmathPr", "fldinst");

    private RtfExtractor() {
    }

    private static final class Group {
        boolean skip;
        boolean bold;
        boolean instruction;
        int unicodeSkip = 1;

        Group copy() {
            Group g = new Group();
            g.skip = skip;
            g.bold = bold;
            g.instruction = instruction;
            g.unicodeSkip = unicodeSkip;
            return g;
        }
    }

    public static ExtractedText extract(byte[] bytes) throws ResumeParseException {
        String rtf = new String(bytes, Charset.forName("windows-1252"));
        if (!rtf.startsWith("{\\rtf")) {
            throw new ResumeParseException("the file is not a readable RTF document");
        }
        Deque<Group> stack = new ArrayDeque<>();
        Group group = new Group();
        StringBuilder line = new StringBuilder();
        StringBuilder instruction = new StringBuilder();
        int boldChars = 0;
        List<TextLine> lines = new ArrayList<>();
        Set<String> links = new LinkedHashSet<>();
        int row = 0;
        int pendingSkip = 0;
        int i = 0;
        int depth = 0;
        while (i < rtf.length()) {
            if ((i & 0xFFF) == 0) {
                ParseDeadline.check();
            }
            char c = rtf.charAt(i);
            if (c == '{') {
                stack.push(group);
                group = group.copy();
                depth++;
                i++;
            } else if (c == '}') {
                if (group.instruction) {
                    Matcher m = FIELD_HYPERLINK.matcher(instruction);
                    if (m.find()) {
                        links.add(m.group(1));
                    }
                    instruction.setLength(0);
                }
                group = stack.isEmpty() ? new Group() : stack.pop();
                depth--;
                i++;
            } else if (c == '\\') {
                i++;
                if (i >= rtf.length()) {
                    break;
                }
                char next = rtf.charAt(i);
                if (next == '\'' && i + 2 < rtf.length()) {
                    int high = Character.digit(rtf.charAt(i + 1), 16);
                    int low = Character.digit(rtf.charAt(i + 2), 16);
                    if (high < 0 || low < 0) {
                        i++; // not a hex escape after all: drop the \' and read on (a brace stays a brace)
                        continue;
                    }
                    i += 3;
                    if (pendingSkip > 0) {
                        pendingSkip--;
                    } else if (!group.skip) {
                        byte b = (byte) (high << 4 | low);
                        boldChars += append(line, new String(new byte[] { b }, Charset.forName("windows-1252")), group);
                    }
                } else if (next == '*') {
                    group.skip = true;
                    i++;
                } else if (Character.isLetter(next)) {
                    int start = i;
                    while (i < rtf.length() && Character.isLetter(rtf.charAt(i))) {
                        i++;
                    }
                    String word = rtf.substring(start, i);
                    int numberStart = i;
                    if (i < rtf.length() && (rtf.charAt(i) == '-' || Character.isDigit(rtf.charAt(i)))) {
                        i++;
                        while (i < rtf.length() && Character.isDigit(rtf.charAt(i))) {
                            i++;
                        }
                    }
                    String number = rtf.substring(numberStart, i);
                    if (i < rtf.length() && rtf.charAt(i) == ' ') {
                        i++;
                    }
                    switch (word) {
                        case "par", "line", "row", "sect", "page" -> {
                            row = flush(line, boldChars, row, lines);
                            boldChars = 0;
                        }
                        case "tab", "cell" -> line.append('\t');
                        case "b" -> group.bold = !number.equals("0");
                        case "uc" -> group.unicodeSkip = Math.max(0, parameter(number, 1));
                        case "u" -> {
                            int code = parameter(number, Integer.MIN_VALUE);
                            if (!group.skip && code >= Short.MIN_VALUE && code <= 0xFFFF) {
                                boldChars += append(line, String.valueOf((char) (code < 0 ? code + 65536 : code)), group);
                            }
                            pendingSkip = group.unicodeSkip;
                        }
                        case "fldinst" -> {
                            group.instruction = true;
                            group.skip = true;
                        }
                        case "emdash" -> boldChars += append(line, "\u2014", group);
                        case "endash" -> boldChars += append(line, "\u2013", group);
                        case "bullet" -> boldChars += append(line, "\u2022", group);
                        case "lquote", "rquote" -> boldChars += append(line, "'", group);
                        case "ldblquote", "rdblquote" -> boldChars += append(line, "\"", group);
                        default -> {
                            if (SKIPPED.contains(word)) {
                                group.skip = true;
                            }
                        }
                    }
                } else {
                    // Escaped symbol: \\ \{ \} and \~ (non-breaking space), \- (optional hyphen).
                    i++;
                    if (next == '~') {
                        boldChars += append(line, " ", group);
                    } else if (next == '\\' || next == '{' || next == '}') {
                        boldChars += append(line, String.valueOf(next), group);
                    }
                }
            } else {
                i++;
                if (c == '\r' || c == '\n') {
                    continue;
                }
                if (group.instruction) {
                    instruction.append(c);
                } else if (pendingSkip > 0) {
                    pendingSkip--;
                } else if (!group.skip) {
                    boldChars += append(line, String.valueOf(c), group);
                }
            }
        }
        flush(line, boldChars, row, lines);
        if (lines.isEmpty()) {
            throw new ResumeParseException("the RTF document contains no text");
        }
        return new ExtractedText(lines, new ArrayList<>(links), ImportReport.ONE_COLUMN);
    }

    private static int append(StringBuilder line, String text, Group group) {
        line.append(text);
        return group.bold ? text.length() : 0;
    }

    private static int flush(StringBuilder line, int boldChars, int row, List<TextLine> lines) {
        String text = Glyphs.clean(line.toString());
        line.setLength(0);
        if (text.isBlank()) {
            return row;
        }
        int next = row + 1;
        boolean bold = boldChars * 2 > text.replaceAll("\\s", "").length();
        for (String cell : text.split("\t")) {
            String value = cell.replaceAll("\\s+", " ").trim();
            if (!value.isEmpty()) {
                lines.add(new TextLine(value, 0, bold, false, next));
            }
        }
        return next;
    }

    /** A control word's numeric parameter, or {@code otherwise} when it has none or it is not a number RTF allows. */
    private static int parameter(String number, int otherwise) {
        if (number.isEmpty() || number.equals("-") || number.length() > 10) {
            return otherwise;
        }
        long value = Long.parseLong(number);
        return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? otherwise : (int) value;
    }
}
