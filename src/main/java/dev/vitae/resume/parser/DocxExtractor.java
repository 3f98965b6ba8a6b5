package dev.vitae.resume.parser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.vitae.resume.ImportReport;
import dev.vitae.resume.ResumeParseException;

/**
 * Reads a Word document with the JDK's ZIP and StAX readers: page headers (where contact details
 * often live), the body with its tables and text boxes, and footers; bold runs, heading styles
 * and hyperlink targets. Refuses ZIP bombs by capping the uncompressed size and ratio.
 */
public final class DocxExtractor {

    static final long MAX_UNCOMPRESSED_BYTES = 50L * 1024 * 1024;
    static final long MAX_RATIO = 200;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Pattern FIELD_HYPERLINK = Pattern.compile("HYPERLINK\\s+\"([^\"]+)\"");
    private static final Pattern PART = Pattern.compile("word/(document|header\\d*|footer\\d*)\\.xml");

    private DocxExtractor() {
    }

    public static ExtractedText extract(byte[] bytes) throws ResumeParseException {
        Map<String, byte[]> parts = unzip(bytes);
        byte[] document = parts.get("word/document.xml");
        if (document == null) {
            throw new ResumeParseException("the DOCX file has no document body (it may be damaged)");
        }
        Styles styles = styles(parts.get("word/styles.xml"));
        Output out = new Output();
        try {
            for (String name : new TreeMap<>(parts).keySet()) {
                if (name.startsWith("word/header")) {
                    readPart(parts.get(name), relationships(parts, name), styles, out);
                }
            }
            readPart(document, relationships(parts, "word/document.xml"), styles, out);
            for (String name : new TreeMap<>(parts).keySet()) {
                if (name.startsWith("word/footer")) {
                    readPart(parts.get(name), relationships(parts, name), styles, out);
                }
            }
        } catch (XMLStreamException e) {
            throw new ResumeParseException("the DOCX file is damaged (its XML cannot be read)", e);
        }
        // Text boxes (sidebars) are read after the body, each as an aside, like a PDF's side column.
        List<TextLine> lines = new ArrayList<>(out.lines);
        Set<Integer> asides = new java.util.HashSet<>();
        out.boxStarts.forEach(start -> asides.add(lines.size() + start));
        lines.addAll(out.boxes);
        if (lines.stream().mapToInt(l -> l.text().length()).sum() < 20) {
            throw new ResumeParseException("the DOCX file contains no text");
        }
        String layout = !out.boxes.isEmpty() ? ImportReport.TWO_COLUMN : out.layoutTable ? ImportReport.TABLE : ImportReport.ONE_COLUMN;
        return new ExtractedText(relativeSizes(lines), new ArrayList<>(out.links), asides, layout, pages(parts.get("docProps/app.xml")));
    }

    /**
     * What the parts read so far hold: body lines, text-box lines (with where each box starts),
     * link targets, the last visual row number, and whether a table row held text in two or
     * more cells (a layout table).
     */
    private static final class Output {
        final List<TextLine> lines = new ArrayList<>();
        final List<TextLine> boxes = new ArrayList<>();
        final List<Integer> boxStarts = new ArrayList<>();
        final Set<String> links = new LinkedHashSet<>();
        final int[] row = { 0 };
        boolean layoutTable;
    }

    /** The parts we read, with the uncompressed size and compression ratio capped. */
    private static Map<String, byte[]> unzip(byte[] bytes) throws ResumeParseException {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                boolean wanted = PART.matcher(name).matches() || name.equals("word/styles.xml") || name.equals("docProps/app.xml")
                        || (name.startsWith("word/_rels/") && name.endsWith(".rels"));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int read;
                long entrySize = 0;
                while ((read = zip.read(buffer)) > 0) {
                    entrySize += read;
                    total += read;
                    if (total > MAX_UNCOMPRESSED_BYTES) {
                        throw new ResumeParseException("the DOCX file expands to more than "
                                + (MAX_UNCOMPRESSED_BYTES >> 20) + " MB (refused as a possible ZIP bomb)");
                    }
                    if (wanted) {
                        out.write(buffer, 0, read);
                    }
                }
                if (entry.getCompressedSize() > 0 && entrySize / entry.getCompressedSize() > MAX_RATIO) {
                    throw new ResumeParseException("the DOCX file is compressed suspiciously well (refused as a possible ZIP bomb)");
                }
                if (wanted) {
                    parts.put(name, out.toByteArray());
                }
            }
        } catch (IOException e) {
            throw new ResumeParseException("the DOCX file is damaged (it is not a readable ZIP archive)", e);
        }
        return parts;
    }

    private static Map<String, String> relationships(Map<String, byte[]> parts, String part) throws ResumeParseException {
        String rels = "word/_rels/" + part.substring("word/".length()) + ".rels";
        byte[] xml = parts.get(rels);
        Map<String, String> targets = new HashMap<>();
        if (xml == null) {
            return targets;
        }
        try {
            XMLStreamReader reader = xmlReader(xml);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")) {
                    String id = reader.getAttributeValue(null, "Id");
                    String target = reader.getAttributeValue(null, "Target");
                    if (id != null && target != null) {
                        targets.put(id, target);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new ResumeParseException("the DOCX file is damaged (its relationships cannot be read)", e);
        }
        return targets;
    }

    /**
     * What a paragraph style gives its text: size (half-points), weight, whether it is a heading
     * style, and the style it is based on; plus the document's default size.
     */
    private record Styles(Map<String, Style> byId, double defaultSize) {

        record Style(String basedOn, Double size, Boolean bold, boolean heading) {
        }

        double size(String id) {
            for (Style style = byId.get(id); style != null; style = byId.get(style.basedOn())) {
                if (style.size() != null) {
                    return style.size();
                }
                if (style.basedOn() == null || style.basedOn().equals(id)) {
                    break;
                }
            }
            return defaultSize;
        }

        boolean bold(String id) {
            int depth = 0;
            for (Style style = byId.get(id); style != null && depth++ < 10; style = byId.get(style.basedOn())) {
                if (style.bold() != null) {
                    return style.bold();
                }
            }
            return false;
        }

        boolean heading(String id) {
            Style style = byId.get(id);
            return style != null && style.heading()
                    || id != null && id.toLowerCase(java.util.Locale.ROOT).startsWith("heading");
        }
    }

    /** The paragraph styles of styles.xml; without it, every paragraph is body text of one size. */
    private static Styles styles(byte[] xml) {
        Map<String, Styles.Style> byId = new HashMap<>();
        double defaultSize = 20;
        if (xml == null) {
            return new Styles(byId, defaultSize);
        }
        try {
            XMLStreamReader reader = xmlReader(xml);
            String id = null;
            String basedOn = null;
            Double size = null;
            Boolean bold = null;
            boolean heading = false;
            boolean inDefaults = false;
            while (reader.hasNext()) {
                ParseDeadline.check();
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "rPrDefault" -> inDefaults = true;
                        case "style" -> {
                            id = reader.getAttributeValue(W, "styleId");
                            basedOn = null;
                            size = null;
                            bold = null;
                            heading = false;
                        }
                        case "name" -> {
                            String name = String.valueOf(reader.getAttributeValue(W, "val")).toLowerCase(java.util.Locale.ROOT);
                            heading |= id != null && (name.startsWith("heading") || name.equals("title"));
                        }
                        case "basedOn" -> basedOn = reader.getAttributeValue(W, "val");
                        case "sz" -> {
                            Double value = number(reader.getAttributeValue(W, "val"));
                            if (inDefaults && value != null) {
                                defaultSize = value;
                            } else if (id != null) {
                                size = value;
                            }
                        }
                        case "b" -> bold = id == null ? bold : on(reader.getAttributeValue(W, "val"));
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (reader.getLocalName().equals("rPrDefault")) {
                        inDefaults = false;
                    } else if (reader.getLocalName().equals("style") && id != null) {
                        byId.put(id, new Styles.Style(basedOn, size, bold, heading));
                        id = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            // Without styles we only lose size, weight and heading hints.
        }
        return new Styles(byId, defaultSize);
    }

    private static Double number(String value) {
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean on(String val) {
        return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
    }

    /**
     * Reads paragraphs in document order. Each paragraph is one line (a manual break starts a
     * new one; a tab separates cells on it), with the size and weight most of its text has.
     * In a table row, the first paragraphs of its cells sit side by side on one visual line.
     * Text boxes are read where they are anchored; the VML copy Word keeps as a fallback is skipped.
     */
    private static void readPart(byte[] xml, Map<String, String> rels, Styles styles, Output out) throws XMLStreamException {
        XMLStreamReader reader = xmlReader(xml);
        Paragraph paragraph = new Paragraph(styles);
        // Paragraphs whose text box is being read: a box sits inside a run of its anchor paragraph.
        java.util.Deque<Paragraph> outer = new java.util.ArrayDeque<>();
        int openParagraphs = 0;
        int boxDepth = 0;
        boolean inInstruction = false;
        boolean inRun = false;
        boolean inParagraphProperties = false;
        Boolean runBold = null;
        double runSize = -1;
        java.util.Deque<int[]> tables = new java.util.ArrayDeque<>();
        int skipDepth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (skipDepth > 0) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    skipDepth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    skipDepth--;
                }
                continue;
            }
            List<TextLine> sink = boxDepth > 0 ? out.boxes : out.lines;
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                switch (name) {
                    case "Fallback" -> skipDepth = 1;
                    case "txbxContent" -> {
                        boxDepth++;
                        out.boxStarts.add(out.boxes.size());
                    }
                    case "p" -> {
                        if (openParagraphs > 0) {
                            outer.push(paragraph);
                        } else {
                            paragraph.flush(sink, out.row, tables);
                        }
                        paragraph = new Paragraph(styles);
                        openParagraphs++;
                    }
                    case "tbl" -> tables.push(new int[] { 0, 0, 0 });
                    case "tr" -> {
                        if (!tables.isEmpty()) {
                            tables.peek()[0] = ++out.row[0];
                            tables.peek()[2] = 0;
                        }
                    }
                    case "tc" -> {
                        if (!tables.isEmpty()) {
                            tables.peek()[1] = 1;
                            // Cells seen in this row; two with text make a layout table.
                            out.layoutTable |= ++tables.peek()[2] >= 2 && !sink.isEmpty()
                                    && sink.get(sink.size() - 1).row() == tables.peek()[0];
                        }
                    }
                    case "pPr" -> inParagraphProperties = true;
                    case "pStyle" -> paragraph.style = reader.getAttributeValue(W, "val");
                    case "r" -> {
                        inRun = true;
                        runBold = null;
                        runSize = -1;
                    }
                    case "b" -> {
                        if (inRun && !inParagraphProperties) {
                            runBold = on(reader.getAttributeValue(W, "val"));
                        }
                    }
                    case "sz" -> {
                        Double value = number(reader.getAttributeValue(W, "val"));
                        if (inRun && !inParagraphProperties && value != null) {
                            runSize = value;
                        }
                    }
                    case "t" -> paragraph.append(Glyphs.clean(reader.getElementText()), runBold, runSize);
                    case "tab" -> {
                        if (!inParagraphProperties) {
                            paragraph.text.append('\t');
                        }
                    }
                    case "br", "cr" -> paragraph.text.append('\n');
                    case "hyperlink" -> {
                        String id = reader.getAttributeValue(R, "id");
                        if (id != null && rels.containsKey(id)) {
                            out.links.add(rels.get(id));
                        }
                    }
                    case "instrText" -> inInstruction = true;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inInstruction) {
                Matcher field = FIELD_HYPERLINK.matcher(reader.getText());
                if (field.find()) {
                    out.links.add(field.group(1));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "p" -> {
                        paragraph.flush(sink, out.row, tables);
                        openParagraphs = Math.max(0, openParagraphs - 1);
                        paragraph = outer.isEmpty() ? new Paragraph(styles) : outer.pop();
                    }
                    case "txbxContent" -> boxDepth = Math.max(0, boxDepth - 1);
                    case "tbl" -> {
                        if (!tables.isEmpty()) {
                            tables.pop();
                        }
                    }
                    case "pPr" -> inParagraphProperties = false;
                    case "r" -> inRun = false;
                    case "instrText" -> inInstruction = false;
                    default -> {
                    }
                }
            }
        }
        paragraph.flush(out.lines, out.row, tables);
    }

    /** One paragraph being read: its text and how many characters of it have each size and weight. */
    private static final class Paragraph {
        private final Styles styles;
        private final StringBuilder text = new StringBuilder();
        private final Map<Double, Integer> charsBySize = new HashMap<>();
        private int boldChars;
        private String style;

        Paragraph(Styles styles) {
            this.styles = styles;
        }

        void append(String value, Boolean runBold, double runSize) {
            text.append(value);
            int chars = value.replaceAll("\\s", "").length();
            boolean bold = runBold != null ? runBold : styles.bold(style);
            if (bold) {
                boldChars += chars;
            }
            charsBySize.merge(runSize > 0 ? runSize : styles.size(style), chars, Integer::sum);
        }

        /**
         * Adds the paragraph's lines, the size in points for now (made relative to body text
         * once the whole document is read). Every visual line takes the next row of
         * {@code counter}, except the first line of a table cell's first paragraph, which shares
         * its table row's (cells side by side).
         */
        void flush(List<TextLine> lines, int[] counter, java.util.Deque<int[]> tables) {
            String all = text.toString();
            if (all.isBlank()) {
                return;
            }
            int letters = all.replaceAll("\\s", "").length();
            boolean bold = boldChars * 2 > letters;
            boolean heading = styles.heading(style);
            double size = charsBySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(styles.defaultSize()) / 2;
            int[] table = tables.peek();
            boolean shared = table != null && table[1] == 1;
            if (table != null) {
                table[1] = 0;
            }
            for (String visual : all.split("\n")) {
                if (visual.isBlank()) {
                    continue;
                }
                int current = shared ? table[0] : ++counter[0];
                shared = false;
                for (String cell : visual.split("\t")) {
                    String value = cell.replaceAll("\\s+", " ").trim();
                    if (!value.isEmpty()) {
                        lines.add(new TextLine(value, size, bold, heading, current));
                    }
                }
            }
        }
    }

    /** The page count Word stores in docProps/app.xml, or null. */
    private static Integer pages(byte[] appXml) {
        if (appXml == null) {
            return null;
        }
        Matcher m = Pattern.compile("<Pages>(\\d{1,4})</Pages>").matcher(new String(appXml, java.nio.charset.StandardCharsets.UTF_8));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Sizes relative to the body text, the size most characters have. */
    private static List<TextLine> relativeSizes(List<TextLine> lines) {
        Map<Double, Integer> chars = new HashMap<>();
        lines.forEach(l -> chars.merge(l.size(), l.text().length(), Integer::sum));
        double body = chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0.0);
        if (body <= 0) {
            return lines;
        }
        return lines.stream().map(l -> new TextLine(l.text(), Math.round(l.size() / body * 100) / 100.0, l.bold(),
                l.heading(), l.row())).toList();
    }

    private static XMLStreamReader xmlReader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // No DTDs or external entities: a résumé has no business loading anything.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        InputStream in = new ByteArrayInputStream(xml);
        return factory.createXMLStreamReader(in);
    }
}
