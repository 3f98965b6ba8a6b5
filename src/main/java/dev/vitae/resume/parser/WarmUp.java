package dev.vitae.resume.parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import dev.vitae.resume.ResumeFormat;
import dev.vitae.resume.ResumeParseException;

/**
 * A small invented résumé in every format, parsed once by each parser thread before the worker
 * claims its first job: the first real import after a start then runs warm (PDFBox, the ZIP and
 * XML readers, the vocabularies all loaded) instead of taking seconds — which also keeps a job
 * claimed just after a restart from being mid-parse for long, should the process die again.
 */
public final class WarmUp {

    private static final List<String> LINES = List.of("Ada Lovelace", "ada.lovelace@example.com · +44 20 7946 0000 · London, UK",
            "Experience", "Analyst, Difference Engines Ltd, London", "Jan 2020 – Present", "Education",
            "BSc Mathematics, University of London, 2019", "Skills", "Java, SQL");

    private WarmUp() {
    }

    /** Parses the sample in each format; the results are thrown away. */
    public static void run() throws ResumeParseException, IOException {
        String text = String.join("\n", LINES);
        ResumeParser.parse(text.getBytes(StandardCharsets.UTF_8), ResumeFormat.TXT);
        ResumeParser.parse(("# " + text).getBytes(StandardCharsets.UTF_8), ResumeFormat.MD);
        ResumeParser.parse(("{\\rtf1\\ansi " + String.join("\\par ", LINES) + "}").getBytes(StandardCharsets.US_ASCII),
                ResumeFormat.RTF);
        ResumeParser.parse(docx(), ResumeFormat.DOCX);
        ResumeParser.parse(pdf(), ResumeFormat.PDF);
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 720);
                for (String line : LINES) {
                    content.showText(line.replace('·', '|').replace('–', '-'));
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : LINES) {
            body.append("<w:p><w:r><w:t>").append(line).append("</w:t></w:r></w:p>");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
