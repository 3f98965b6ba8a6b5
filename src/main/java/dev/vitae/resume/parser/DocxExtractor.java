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
        Set<String> headingStyles = headingStyles(parts.get("word/styles.xml"));
        List<TextLine> lines = new ArrayList<>();
        Set<String> links = new LinkedHashSet<>();
        int[] row = { 0 };
        try {
            for (String name : new TreeMap<>(parts).keySet()) {
                if (name.startsWith("word/header")) {
                    readPart(parts.get(name), relationships(parts, name), headingStyles, lines, links, row);
                }
            }
            readPart(document, relationships(parts, "word/document.xml"), headingStyles, lines, links, row);
            for (String name : new TreeMap<>(parts).keySet()) {
                if (name.startsWith("word/footer")) {
                    readPart(parts.get(name), relationships(parts, name), headingStyles, lines, links, row);
                }
            }
        } catch (XMLStreamException e) {
            throw new ResumeParseException("the DOCX file is damaged (its XML cannot be read)", e);
        }
        if (lines.stream().mapToInt(l -> l.text().length()).sum() < 20) {
            throw new ResumeParseException("the DOCX file contains no text");
        }
        return new ExtractedText(lines, new ArrayList<>(links));
    }

    /** The parts we read, with the uncompressed size and compression ratio capped. */
    private static Map<String, byte[]> unzip(byte[] bytes) throws ResumeParseException {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                boolean wanted = PART.matcher(name).matches() || name.equals("word/styles.xml")
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

    /** Style ids that are headings or the title, from styles.xml. */
    private static Set<String> headingStyles(byte[] xml) {
        Set<String> ids = new LinkedHashSet<>();
        if (xml == null) {
            return ids;
        }
        try {
            XMLStreamReader reader = xmlReader(xml);
            String styleId = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("style")) {
                    styleId = reader.getAttributeValue(W, "styleId");
                } else if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("name")
                        && styleId != null) {
                    String name = String.valueOf(reader.getAttributeValue(W, "val")).toLowerCase(java.util.Locale.ROOT);
                    if (name.startsWith("heading") || name.equals("title")) {
                        ids.add(styleId);
                    }
                }
            }
        } catch (XMLStreamException e) {
            // Without styles we only lose heading hints.
        }
        return ids;
    }

    private static void readPart(byte[] xml, Map<String, String> rels, Set<String> headingStyles, List<TextLine> lines,
            Set<String> links, int[] row) throws XMLStreamException {
        XMLStreamReader reader = xmlReader(xml);
        StringBuilder text = new StringBuilder();
        boolean runBold = false;
        int boldChars = 0;
        boolean heading = false;
        boolean inInstruction = false;
        int tableDepth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                switch (name) {
                    case "p" -> {
                        if (text.length() > 0) {
                            flush(text, boldChars, heading, tableDepth > 0 ? row[0] : ++row[0], lines);
                        }
                        text.setLength(0);
                        boldChars = 0;
                        heading = false;
                    }
                    case "tr" -> row[0]++;
                    case "tbl" -> tableDepth++;
                    case "pStyle" -> heading = headingStyles.contains(reader.getAttributeValue(W, "val"))
                            || String.valueOf(reader.getAttributeValue(W, "val")).toLowerCase(java.util.Locale.ROOT).startsWith("heading");
                    case "r" -> runBold = false;
                    case "b" -> {
                        String val = reader.getAttributeValue(W, "val");
                        runBold = val == null || !(val.equals("0") || val.equals("false"));
                    }
                    case "t" -> {
                        String value = Glyphs.clean(reader.getElementText());
                        text.append(value);
                        if (runBold) {
                            boldChars += value.length();
                        }
                    }
                    case "tab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    case "hyperlink" -> {
                        String id = reader.getAttributeValue(R, "id");
                        if (id != null && rels.containsKey(id)) {
                            links.add(rels.get(id));
                        }
                    }
                    case "instrText" -> inInstruction = true;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inInstruction) {
                Matcher field = FIELD_HYPERLINK.matcher(reader.getText());
                if (field.find()) {
                    links.add(field.group(1));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "p" -> {
                        flush(text, boldChars, heading, tableDepth > 0 ? row[0] : ++row[0], lines);
                        text.setLength(0);
                        boldChars = 0;
                        heading = false;
                    }
                    case "tbl" -> tableDepth--;
                    case "instrText" -> inInstruction = false;
                    default -> {
                    }
                }
            }
        }
    }

    private static void flush(StringBuilder text, int boldChars, boolean heading, int row, List<TextLine> lines) {
        String all = text.toString();
        if (all.isBlank()) {
            return;
        }
        boolean bold = boldChars * 2 > all.replaceAll("\\s", "").length();
        // Tabs separate cells (a right-aligned date); breaks start new visual lines.
        int subRow = row;
        for (String visual : all.split("\n")) {
            for (String cell : visual.split("\t")) {
                String value = cell.replaceAll("\\s+", " ").trim();
                if (!value.isEmpty()) {
                    lines.add(new TextLine(value, 0, bold, heading, subRow));
                }
            }
            subRow = row;
        }
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
