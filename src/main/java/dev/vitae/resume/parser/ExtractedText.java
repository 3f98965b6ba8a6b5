package dev.vitae.resume.parser;

import java.util.List;

/** The readable content of a file: its lines in reading order and the link targets it carries. */
public record ExtractedText(List<TextLine> lines, List<String> links) {
}
