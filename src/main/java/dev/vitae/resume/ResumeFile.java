package dev.vitae.resume;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded résumé: the original bytes and what we know about them. */
@Entity
@Table(name = "resume_file")
public class ResumeFile {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public String format;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    /** Up to 10 MB; this entity is loaded only to serve the file itself. */
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** The metadata shown on the resource the file belongs to. */
    public ResumeFileInfo info() {
        return new ResumeFileInfo(fileName, contentType, sizeBytes, sha256, uploadedAt.toString());
    }
}
