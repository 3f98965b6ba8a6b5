package dev.vitae.resume.parser;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.vitae.resume.ResumeFormat;

/** Debugging aid, not a test: prints the sectioned lines the structurer sees for one file. */
public final class DumpLines {

    private DumpLines() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        byte[] bytes = Files.readAllBytes(file);
        ResumeFormat format = ResumeFormat.detect(bytes, file.getFileName().toString()).orElseThrow();
        ExtractedText text = switch (format) {
            case PDF -> PdfExtractor.extract(bytes);
            case DOCX -> DocxExtractor.extract(bytes);
            case RTF -> RtfExtractor.extract(bytes);
            case TXT -> PlainTextExtractor.extract(bytes, false);
            case MD -> PlainTextExtractor.extract(bytes, true);
        };
        for (Line line : ResumeStructurer.sectioned(text)) {
            System.out.printf("%-9s r%-3d %4.2f %s%s %s%n", line.section(), line.row(), line.size(), line.bold() ? "B" : " ",
                    line.bullet() ? "•" : " ", line.text() + (Dates.findRange(line.text()) != null ? "   <<" + Dates.findRange(line.text()) : ""));
        }
        System.out.println("links: " + text.links());
    }
}
