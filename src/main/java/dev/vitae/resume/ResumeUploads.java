package dev.vitae.resume;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.vitae.common.ApiException;
import dev.vitae.common.Hashes;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Accepts or refuses an uploaded résumé: at most 10 MiB (413), one of PDF, DOCX, TXT, RTF, MD
 * judged by its bytes (415). Reading and hashing run on a worker thread, never the event loop.
 */
@ApplicationScoped
public class ResumeUploads {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_NAME = 200;

    private final Vertx vertx;

    public ResumeUploads(Vertx vertx) {
        this.vertx = vertx;
    }

    public Uni<Upload> accept(FileUpload file, String field) {
        if (file == null || file.uploadedFile() == null) {
            return Uni.createFrom().failure(ApiException.invalidField(field,
                    "a résumé file is required as the multipart field '" + field + "'"));
        }
        if (file.size() > MAX_BYTES) {
            return Uni.createFrom().failure(tooLarge(file.size()));
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> inspect(file)));
    }

    private static Upload inspect(FileUpload file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        String name = safeName(file.fileName());
        ResumeFormat format = ResumeFormat.detect(bytes, name).orElseThrow(() -> new ApiException(415,
                "unsupported_media_type", "The file is not a PDF, DOCX, TXT, RTF or Markdown document "
                        + "(judged by its content, not its name)."));
        return new Upload(withExtension(name, format), format, bytes, Hashes.sha256Hex(bytes));
    }

    private static ApiException tooLarge(long size) {
        return ApiException.payloadTooLarge(
                "The file is " + size + " bytes; résumés may be at most " + MAX_BYTES + " bytes (10 MB).");
    }

    /** The client's file name without any path, control characters or excess length. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (base.length() > MAX_NAME) {
            base = base.substring(base.length() - MAX_NAME);
        }
        return base.isEmpty() || base.equals(".") || base.equals("..") ? "" : base;
    }

    private static String withExtension(String name, ResumeFormat format) {
        return name.isEmpty() ? "resume." + format.name().toLowerCase(Locale.ROOT) : name;
    }

}
