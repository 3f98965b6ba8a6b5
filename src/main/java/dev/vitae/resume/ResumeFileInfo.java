package dev.vitae.resume;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A résumé file's metadata as the APIs show it; {@code uploaded_at} is ISO-8601 UTC. */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ResumeFileInfo(String fileName, String contentType, long sizeBytes, String sha256, String uploadedAt) {
}
