package dev.vitae.profile.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.vitae.profile.ProfileStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The 202 answer to a résumé upload: the profile being filled and its status ({@code importing}). */
@RegisterForReflection
@Schema(name = "ImportAccepted")
public record ImportAccepted(
        @Schema(required = true) UUID profileId,
        @Schema(required = true) ProfileStatus status) {
}
