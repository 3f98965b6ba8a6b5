package dev.vitae.candidate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person in a job's pipeline. */
@Entity
@Table(name = "candidate")
// A PATCH writes the columns it changed, not the whole row with its résumé JSON.
@DynamicUpdate
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    public UUID publicId;

    @Column(name = "account_id", nullable = false, updatable = false)
    public UUID accountId;

    @Column(name = "job_id", nullable = false)
    public Long jobId;

    @Version
    public long version;

    @Column(nullable = false, length = 200)
    public String name;

    public String email;

    @Column(name = "email_normalized")
    public String emailNormalized;

    public String phone;

    public String linkedin;

    public String location;

    @Column(nullable = false)
    @jakarta.persistence.Convert(converter = Stage.Column.class)
    public Stage stage;

    public Integer rating;

    @Column(name = "fit_score")
    public Integer fitScore;

    @Column(name = "application_source", nullable = false)
    public String applicationSource;

    @Column(name = "ats_candidate_id")
    public String atsCandidateId;

    @Column(name = "resume_status", nullable = false)
    public String resumeStatus;

    /** The parsed résumé in the camelCase shape the candidates API documents. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "resume_data")
    public Map<String, Object> resumeData;

    @Column(name = "resume_file_id")
    public UUID resumeFileId;

    @Column(name = "import_job_id")
    public UUID importJobId;

    @Column(name = "applied_at", nullable = false, updatable = false)
    public Instant appliedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Trimmed and lower-cased, as the duplicate rule compares emails. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
