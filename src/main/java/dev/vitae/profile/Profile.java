package dev.vitae.profile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.vitae.common.Timestamps;
import dev.vitae.profile.sections.ProfileSections;
import dev.vitae.resume.ImportReport;
import dev.vitae.resume.ResumeFileInfo;

/**
 * An applicant profile. Its sections form one jsonb document because the API reads and
 * replaces sections whole; {@code version} guards concurrent writers and is the ETag.
 */
@Entity
@Table(name = "profile")
public class Profile {

    public static final String DEFAULT_NAME = "Default";

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false, updatable = false)
    public UUID accountId;

    @Version
    public long version;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 16)
    public ProfileStatus status;

    @Column(name = "import_error")
    public String importError;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ProfileSections sections;

    @Column(name = "cover_letter_template")
    public String coverLetterTemplate;

    /** The current résumé file, if one was uploaded. */
    @Column(name = "resume_file_id")
    public UUID resumeFileId;

    /** While importing: the job whose result this profile waits for (the fence against stale results). */
    @Column(name = "import_job_id")
    public UUID importJobId;

    @JdbcTypeCode(SqlTypes.JSON)
    public ResumeFileInfo resume;

    /** What the last finished import saw in its file; null before one and while one runs. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "import_report")
    public ImportReport importReport;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A new, ready profile of the account with every section empty. */
    public static Profile blank(UUID accountId) {
        Profile profile = new Profile();
        profile.id = UUID.randomUUID();
        profile.accountId = accountId;
        profile.name = DEFAULT_NAME;
        profile.status = ProfileStatus.READY;
        profile.sections = ProfileSections.empty();
        profile.createdAt = Timestamps.now();
        profile.updatedAt = profile.createdAt;
        return profile;
    }
}
