package dev.vitae.candidate;

import java.time.Instant;
import java.util.UUID;

/** The filters of a candidate list request; a cursor is bound to the exact filters it came from. */
public record CandidateFilter(UUID accountId, Long jobId, String email, Stage stage, Instant createdAfter,
        Instant createdBefore) {

    /** A stable fingerprint of the filters (not the account), carried inside cursors. */
    public String fingerprint() {
        return String.join("|", String.valueOf(jobId), String.valueOf(email), stage == null ? "null" : stage.json(),
                String.valueOf(createdAfter), String.valueOf(createdBefore));
    }
}
