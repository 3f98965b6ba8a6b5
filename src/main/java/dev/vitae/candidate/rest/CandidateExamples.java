package dev.vitae.candidate.rest;

/**
 * Example error bodies of the candidates API for the OpenAPI document, as the service sends them.
 * Every example is checked against its schema by {@code OpenApiAndHealthTest} (and linted by Redocly).
 */
final class CandidateExamples {

    private CandidateExamples() {
    }

    static final String BAD_LIMIT = """
            {"error": {"code": "validation_error", "message": "limit: must be a whole number from 1 to 100",
                       "details": [{"field": "limit", "message": "must be a whole number from 1 to 100"}]}}""";

    static final String BAD_RATING = """
            {"error": {"code": "validation_error", "message": "rating: must be an integer from 1 to 5, or null",
                       "details": [{"field": "rating", "message": "must be an integer from 1 to 5, or null"}]}}""";

    static final String BAD_TITLE = """
            {"error": {"code": "validation_error", "message": "title: is required: a string of 1 to 200 characters",
                       "details": [{"field": "title", "message": "is required: a string of 1 to 200 characters"}]}}""";

    static final String NO_RESUME = """
            {"error": {"code": "validation_error", "message": "resume: a résumé file is required as the multipart field 'resume'",
                       "details": [{"field": "resume", "message": "a résumé file is required as the multipart field 'resume'"}]}}""";

    static final String JOB_NOT_FOUND = "{\"error\": {\"code\": \"not_found\", \"message\": \"Job not found.\"}}";

    static final String CANDIDATE_NOT_FOUND = "{\"error\": {\"code\": \"not_found\", \"message\": \"Candidate not found.\"}}";

    static final String DUPLICATE = """
            {"error": {"code": "duplicate_candidate",
                       "message": "A candidate with this email already exists for this job (candidate 1187)."}}""";
}
