package dev.vitae.resume.parser;

import dev.vitae.resume.ParsedResume;
import dev.vitae.resume.ResumeFormat;
import dev.vitae.resume.ResumeParseException;

/** Reads a résumé file of a known format into a {@link ParsedResume}. CPU-bound: call it off the event loop. */
public final class ResumeParser {

    private ResumeParser() {
    }

    public static ParsedResume parse(byte[] bytes, ResumeFormat format) throws ResumeParseException {
        ExtractedText text = switch (format) {
            case PDF -> PdfExtractor.extract(bytes);
            case DOCX -> DocxExtractor.extract(bytes);
            case RTF -> RtfExtractor.extract(bytes);
            case TXT -> PlainTextExtractor.extract(bytes, false);
            case MD -> PlainTextExtractor.extract(bytes, true);
        };
        return ResumeStructurer.structure(TextLimits.bound(text), format);
    }
}
