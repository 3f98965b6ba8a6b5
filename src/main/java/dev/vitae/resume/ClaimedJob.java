package dev.vitae.resume;

import java.util.UUID;

/**
 * A job a worker holds under lease. {@code attempts}: parses of its file begun before (one never
 * ended means a worker died while parsing it); {@code takenOver}: it was running under a worker
 * that is gone.
 */
public record ClaimedJob(UUID id, UUID accountId, String target, String targetId, UUID fileId, int attempts,
        boolean takenOver) {
}
