package dev.vitae.resume.parser;

/**
 * One visual line of a résumé, as every extractor delivers it. {@code size} is the font size
 * relative to the document's body text (1.0 = body; 0 when unknown), {@code bold} whether the
 * line is mostly bold, {@code row} groups cells that sit side by side on the same visual line
 * (a date right-aligned next to a company name), {@code heading} whether the source marked it as
 * a heading (a Word heading style, a Markdown {@code #}).
 */
public record TextLine(String text, double size, boolean bold, boolean heading, int row) {

    public static TextLine plain(String text, int row) {
        return new TextLine(text, 0, false, false, row);
    }
}
