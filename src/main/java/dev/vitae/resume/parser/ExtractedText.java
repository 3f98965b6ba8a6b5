package dev.vitae.resume.parser;

import java.util.List;
import java.util.Set;

/**
 * The readable content of a file: its lines in reading order, the link targets it carries, and
 * where a side column begins ({@code asides}: indexes into {@code lines}). An aside is read after
 * the main column, and the section it starts in is not the main column's: until its own first
 * heading it is about the person (name, contact details). {@code layout} and {@code pages} are
 * for the import report ({@link dev.vitae.resume.ImportReport}); {@code pages} is null when the
 * format has none.
 */
public record ExtractedText(List<TextLine> lines, List<String> links, Set<Integer> asides, String layout, Integer pages) {

    public ExtractedText(List<TextLine> lines, List<String> links, String layout) {
        this(lines, links, Set.of(), layout, null);
    }
}
