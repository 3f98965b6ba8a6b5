package dev.vitae.resume;

/** An accepted upload: a file of a known format, within the size limit, with its hash. */
public record Upload(String fileName, ResumeFormat format, byte[] content, String sha256) {
}
