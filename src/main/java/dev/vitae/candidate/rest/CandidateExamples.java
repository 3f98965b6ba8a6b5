package dev.vitae.candidate.rest;

/**
 * Example bodies of the candidates API for the OpenAPI document, as the service sends them.
 * Every example is checked against its schema by {@code OpenApiAndHealthTest} (and linted by Redocly).
 */
final class CandidateExamples {

    private CandidateExamples() {
    }

    private static final String JOB_BODY = """
            {"id": 42, "title": "Backend Engineer", "description": "Java 21, PostgreSQL, Quarkus; on-call one week in six.",
             "location": "Remote (EU)", "status": "open",
             "created_at": "2026-11-30T09:12:44.120511Z", "updated_at": "2026-11-30T09:12:44.120511Z"}""";

    static final String JOB = "{\"data\": " + JOB_BODY + "}";

    static final String JOB_PAGE = "{\"data\": [" + JOB_BODY + "], \"pagination\": {\"has_more\": true, "
            + "\"next_cursor\": \"djI6MjAyNi0xMS0zMFQwOToxMjo0NC4xMjA1MTFaOjQy\"}}";

    private static final String CANDIDATE_BODY = """
            {"id": 1187, "public_id": "0f8fad5b-d9cb-469f-a165-70867728950e", "name": "Grace Hopper",
             "email": "grace@example.com", "phone": "+12025550143", "linkedin": "https://www.linkedin.com/in/grace-example",
             "location": "Arlington, VA", "stage": "phonescreen", "rating": 4, "fit_score": 87,
             "application_source": "public_api", "ats_candidate_id": null,
             "job": {"id": 42, "title": "Backend Engineer"},
             "created_at": "2026-11-30T10:02:10.512004Z", "updated_at": "2026-12-01T08:40:03.001920Z",
             "applied_at": "2026-11-30T10:02:10.512004Z",
             "resume_url": "https://api.example.com/api/v1/resume-files/MGY4ZmFkNWI6ZTVkN2I3YjA6MTc5NjMwNjY0OQ.96lRxzJ06P74k9fphkXbYIPaLTF1xpzv39enHXupwzA",
             "resume_data": {"personal": {"firstName": "Grace", "lastName": "Hopper", "email": "grace@example.com"},
                             "experience": [{"company": "Contoso", "title": "Staff Engineer", "startDate": "2019-03", "current": true}]},
             "resume_status": "processed"}""";

    static final String CANDIDATE = "{\"data\": " + CANDIDATE_BODY + "}";

    static final String CANDIDATE_PAGE = "{\"data\": [" + CANDIDATE_BODY + "], \"pagination\": {\"has_more\": false, "
            + "\"next_cursor\": null}}";

    static final String ACTIVITY_PAGE = """
            {"data": [
              {"id": 5012, "type": "stage_changed", "created_at": "2026-12-01T08:40:03.001920Z",
               "data": {"from": "applied", "to": "phonescreen"}},
              {"id": 5011, "type": "note_added", "created_at": "2026-12-01T08:40:03.001920Z",
               "data": {"note": "Strong systems background"}},
              {"id": 4990, "type": "candidate_created", "created_at": "2026-11-30T10:02:10.512004Z",
               "data": {"stage": "applied", "source": "public_api"}}],
             "pagination": {"has_more": false, "next_cursor": null}}""";

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

    /** A create names a job that is not the account's; other 404s get theirs from common.ProblemSchemas, by path. */
    static final String JOB_NOT_FOUND = "{\"error\": {\"code\": \"not_found\", \"message\": \"Job not found.\"}}";

    static final String DUPLICATE = """
            {"error": {"code": "duplicate_candidate",
                       "message": "A candidate with this email already exists for this job (candidate 1187)."}}""";
}
