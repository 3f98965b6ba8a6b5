package dev.vitae.resume.parser;

import java.util.ArrayList;
import java.util.List;

import dev.vitae.resume.ResumeParseException;

/**
 * Bounds on the text the parser reads, applied before any pattern sees it, so that no input can
 * make matching cost more than linear time per line times a short line: a résumé holds at most
 * {@link #MAX_CHARS} characters of text (a 40-page CV holds about 100 000; past it the import
 * fails and says so), and a line longer than {@link #MAX_LINE} characters is read as several
 * lines, broken at a space where there is one.
 */
public final class TextLimits {

    public static final int MAX_CHARS = 200_000;
    public static final int MAX_LINE = 1_000;

    /** Why a file with too much text is refused; {@code import_error} shows it. */
    public static final class TooMuchText extends ResumeParseException {
        TooMuchText() {
            super(String.format(java.util.Locale.ROOT,
                    "the file holds more than %,d characters of text, more than a résumé; vitae reads at most that much",
                    MAX_CHARS));
        }
    }

    private TextLimits() {
    }

    /** Refuses text past {@link #MAX_CHARS}. */
    static void checkTotal(long chars) throws TooMuchText {
        if (chars > MAX_CHARS) {
            throw new TooMuchText();
        }
    }

    /** {@code text} in pieces of at most {@link #MAX_LINE} characters, broken after a space where possible. */
    static List<String> pieces(String text) {
        if (text.length() <= MAX_LINE) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > MAX_LINE) {
            int end = text.lastIndexOf(' ', start + MAX_LINE);
            if (end <= start + MAX_LINE / 2) {
                end = start + MAX_LINE;
                if (Character.isLowSurrogate(text.charAt(end))) {
                    end--; // never split a character in two
                }
            }
            pieces.add(text.substring(start, end));
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        if (start < text.length()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }

    /** The extracted text within bounds: refused past {@link #MAX_CHARS}, long lines broken up. */
    static ExtractedText bound(ExtractedText text) throws TooMuchText {
        long total = 0;
        boolean longLine = false;
        for (TextLine line : text.lines()) {
            total += line.text().length();
            longLine |= line.text().length() > MAX_LINE;
        }
        checkTotal(total);
        if (!longLine) {
            return text;
        }
        List<TextLine> lines = new ArrayList<>();
        java.util.Set<Integer> asides = new java.util.HashSet<>();
        for (int i = 0; i < text.lines().size(); i++) {
            if (text.asides().contains(i)) {
                asides.add(lines.size());
            }
            TextLine line = text.lines().get(i);
            for (String piece : pieces(line.text())) {
                lines.add(new TextLine(piece, line.size(), line.bold(), line.heading(), line.row()));
            }
        }
        return new ExtractedText(lines, text.links(), asides, text.layout(), text.pages());
    }
}
