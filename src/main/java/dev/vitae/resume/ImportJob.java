package dev.vitae.resume;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A durable request to parse one file for one target (a profile, later a candidate). Created in
 * the same transaction as the upload; claimed and finished through {@link ImportQueue} by {@link ImportWorker}.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String target;

    @Column(name = "target_id", nullable = false)
    public String targetId;

    @Column(name = "file_id", nullable = false)
    public UUID fileId;

    @Column(nullable = false)
    @Convert(converter = JobState.Column.class)
    public JobState state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    public String worker;

    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
