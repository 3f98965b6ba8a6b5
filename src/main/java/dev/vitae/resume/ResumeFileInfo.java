package dev.vitae.resume;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A résumé file's metadata as the APIs show it; {@code uploaded_at} is ISO-8601 UTC. */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ResumeFileInfo(@Schema(required = true) String fileName, @Schema(required = true) String contentType, @Schema(required = true) long sizeBytes, @Schema(required = true) String sha256,
        @Schema(required = true, format = "date-time") String uploadedAt) {
}
