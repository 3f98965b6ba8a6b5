package dev.vitae.resume;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;

/** Stored résumé files ({@code resume_file}) for the APIs; the import worker reads them through {@link ResumeFileReads}. */
@ApplicationScoped
@WithSession
public class ResumeFileRepository implements PanacheRepositoryBase<ResumeFile, UUID> {
}
