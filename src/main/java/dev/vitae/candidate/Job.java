package dev.vitae.candidate;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A job candidates apply to. Its title and description are what the fit score is computed against. */
@Entity
@Table(name = "job")
public class Job {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    public UUID accountId;

    @Version
    public long version;

    @Column(nullable = false, length = 200)
    public String title;

    public String description;

    @Column(length = 500)
    public String location;

    @Column(nullable = false, length = 8)
    @jakarta.persistence.Convert(converter = JobStatus.Column.class)
    public JobStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
