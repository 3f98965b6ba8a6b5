package dev.vitae.resume.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import dev.vitae.resume.ParsedResume;
import dev.vitae.resume.ResumeFormat;

/**
 * LaTeX templates (altacv, moderncv) and Typst ones print contact icons in Font Awesome; their
 * glyphs map to letters ("Ý", "£") that must not become part of a place or an employer.
 */
class IconFontTest {

    @Test
    void glyphsOfAnIconFontAreReadAsSpaces() throws Exception {
        byte[] pdf = resumeWithIcons();
        String text = String.join("\n", PdfExtractor.extract(pdf).lines().stream().map(TextLine::text).toList());
        assertFalse(text.contains("Ý"), text);
        assertFalse(text.contains("£"), text);

        ParsedResume r = ResumeParser.parse(pdf, ResumeFormat.PDF);
        assertEquals("Leeds", r.city());
        assertEquals(1, r.work().size());
        assertEquals("Fabrikam Digital Services", r.work().get(0).company());
        assertEquals("Integration Engineer", r.work().get(0).title());
    }

    /** A one-page résumé whose icons are drawn in a font named like Font Awesome's (the glyphs are PDFBox's bundled Liberation Sans). */
    private static byte[] resumeWithIcons() throws Exception {
        try (PDDocument document = new PDDocument();
                InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font icons = PDType0Font.load(document, ttf, false);
            icons.getCOSObject().setName(COSName.BASE_FONT, "FontAwesome5Free-Solid");
            PDType1Font body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, bold, 24, 60, 720, "Morgan Example");
                line(out, icons, 9, 60, 695, "£");
                line(out, body, 9, 72, 695, "morgan@example.com");
                line(out, icons, 9, 200, 695, "Ý");
                line(out, body, 9, 212, 695, "Leeds, UK");
                line(out, bold, 14, 60, 660, "Experience");
                line(out, bold, 11, 60, 640, "Fabrikam Digital Services");
                line(out, body, 11, 60, 625, "Integration Engineer");
                line(out, icons, 10, 60, 610, "Ý");
                line(out, body, 10, 72, 610, "March 2022 – Present");
                line(out, body, 10, 60, 595, "• Kept the billing service running and shipped its new invoices.");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void line(PDPageContentStream out, org.apache.pdfbox.pdmodel.font.PDFont font, float size, float x, float y,
            String text) throws Exception {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
