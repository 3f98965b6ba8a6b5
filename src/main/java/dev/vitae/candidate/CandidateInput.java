package dev.vitae.candidate;

import dev.vitae.common.Patch;

/**
 * What a create or PATCH asks of a candidate, already validated, text trimmed where it is stored
 * trimmed. An absent {@link Patch} leaves the field alone, a null one clears it; on create every
 * field is present and {@code jobId} names the job.
 */
public record CandidateInput(Long jobId, Patch<String> name, Patch<String> email, Patch<String> phone,
        Patch<String> linkedin, Patch<String> location, Patch<Stage> stage, Patch<String> notes, Patch<Integer> rating,
        Patch<String> atsCandidateId) {
}
