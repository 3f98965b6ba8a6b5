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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event in a candidate's history: created, note added, stage changed, résumé processed or failed. */
@Entity
@Table(name = "activity")
public class Activity {

    public static final String CANDIDATE_CREATED = "candidate_created";
    public static final String NOTE_ADDED = "note_added";
    public static final String STAGE_CHANGED = "stage_changed";
    public static final String RESUME_UPLOADED = "resume_uploaded";
    public static final String RESUME_PROCESSED = "resume_processed";
    public static final String RESUME_FAILED = "resume_failed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "candidate_id", nullable = false)
    public Long candidateId;

    @Column(nullable = false)
    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> data;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Activity of(Candidate candidate, String type, Map<String, Object> data, Instant at) {
        Activity activity = new Activity();
        activity.accountId = candidate.accountId;
        activity.candidateId = candidate.id;
        activity.type = type;
        activity.data = data;
        activity.createdAt = at;
        return activity;
    }
}
