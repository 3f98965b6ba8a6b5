package dev.vitae.resume;

import java.util.UUID;

/** A job a worker holds under lease. */
public record ClaimedJob(UUID id, UUID accountId, String target, String targetId, UUID fileId, int attempts) {
}
