package dev.vitae.resume;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The résumé formats we read, decided from the file's bytes (magic numbers and structure), not
 * from its name: a PDF renamed {@code .txt} is still a PDF, and a ZIP that is not a Word
 * document is refused. The name only separates Markdown from plain text, which share bytes.
 */
public enum ResumeFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    TXT("text/plain"),
    MD("text/markdown"),
    RTF("application/rtf");

    private static final int MAX_ZIP_ENTRIES_SCANNED = 200;

    private final String contentType;

    ResumeFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResumeFormat fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** The format of these bytes, or empty when they are none of the accepted formats. */
    public static Optional<ResumeFormat> detect(byte[] bytes, String fileName) {
        if (startsWith(bytes, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, "{\\rtf")) {
            return Optional.of(RTF);
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return isWordDocument(bytes) ? Optional.of(DOCX) : Optional.empty();
        }
        if (isText(bytes)) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            boolean markdown = name.endsWith(".md") || name.endsWith(".markdown");
            return Optional.of(markdown ? MD : TXT);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A DOCX is a ZIP whose entries include word/document.xml. */
    private static boolean isWordDocument(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES_SCANNED) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Text: decodes as UTF-8 (or is Latin-1 without control bytes), has no NUL, and is not empty. */
    private static boolean isText(byte[] bytes) {
        if (bytes.length == 0) {
            return false;
        }
        int controls = 0;
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > bytes.length / 100) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            // Latin-1 text: every byte is a character; accept when most bytes are printable ASCII.
            int ascii = 0;
            for (byte b : bytes) {
                ascii += (b & 0x80) == 0 ? 1 : 0;
            }
            return ascii > bytes.length * 0.9;
        }
    }
}
