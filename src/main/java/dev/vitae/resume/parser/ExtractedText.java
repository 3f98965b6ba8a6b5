package dev.vitae.resume.parser;

import java.util.List;
import java.util.Set;

/**
 * The readable content of a file: its lines in reading order, the link targets it carries, and
 * where a side column begins ({@code asides}: indexes into {@code lines}). An aside is read after
 * the main column, and the section it starts in is not the main column's: until its own first
 * heading it is about the person (name, contact details).
 */
public record ExtractedText(List<TextLine> lines, List<String> links, Set<Integer> asides) {

    public ExtractedText(List<TextLine> lines, List<String> links) {
        this(lines, links, Set.of());
    }
}
