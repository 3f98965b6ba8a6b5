package dev.vitae.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition: attachment} header that is safe whatever the uploaded name was:
 * an ASCII fallback without quotes or control characters, and the exact name in RFC 5987 form.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "resume" : fileName;
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replaceAll("[\"\\\\;]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
