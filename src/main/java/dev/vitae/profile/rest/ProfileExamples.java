package dev.vitae.profile.rest;

/** Request and response examples for the OpenAPI document. */
final class ProfileExamples {

    static final String CREATE = """
            {"name": "Default", "contact": {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com",
             "phone": "+44 20 7946 0958"}, "links": {"github": "https://github.com/ada"},
             "memories": ["8 years of backend engineering experience"]}""";

    static final String PATCH = """
            {"preferences": {"salary_expectation": {"amount": 120000, "currency": "EUR", "period": "year"},
             "remote_preference": "hybrid", "willing_to_relocate": false}, "cover_letter_template": ""}""";

    static final String PROFILE = """
            {"id": "0b8f6c1e-3f4a-4b7e-9a51-2f7f0f1f9d10", "name": "Default", "status": "ready", "import_error": null,
             "import_report": {"format": "pdf", "pages": 2, "layout": "two_column",
              "sections": ["contact", "summary", "work", "education", "skills"],
              "warnings": ["two-column layout: the side column was read after the main one"]},
             "contact": {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com", "phone": "+44 20 7946 0958"},
             "location": {"city": "London", "country": "United Kingdom"},
             "links": {"github": "https://github.com/ada"},
             "work_experience": [{"company": "Analytical Engines Ltd", "title": "Backend Engineer", "start_date": "2018-03",
              "is_current": true}],
             "education": [],
             "eligibility": {}, "preferences": {}, "self_identification": {},
             "memories": ["8 years of backend engineering experience"], "cover_letter_template": null,
             "resume": {"file_name": "ada-lovelace.pdf", "content_type": "application/pdf", "size_bytes": 48213,
              "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
              "uploaded_at": "2026-07-01T12:00:00Z"},
             "created_at": "2026-07-01T12:00:00Z", "updated_at": "2026-07-01T12:00:00Z"}""";

    static final String VALIDATION = """
            {"type": "urn:vitae:problem:validation_error", "title": "Bad Request", "status": 400,
             "detail": "contact.frist_name: unknown field", "code": "validation_error",
             "message": "contact.frist_name: unknown field",
             "errors": [{"field": "contact.frist_name", "message": "unknown field"}]}""";

    static final String IMPORTING = """
            {"type": "urn:vitae:problem:profile_importing", "title": "Conflict", "status": 409,
             "detail": "The profile is being imported from a résumé; it can be changed once its status is no longer 'importing'.",
             "code": "profile_importing",
             "message": "The profile is being imported from a résumé; it can be changed once its status is no longer 'importing'."}""";

    static final String NOT_FOUND = """
            {"type": "urn:vitae:problem:not_found", "title": "Not Found", "status": 404,
             "detail": "Profile not found.", "code": "not_found", "message": "Profile not found."}""";

    static final String UNAUTHORIZED = """
            {"type": "urn:vitae:problem:unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "The API key is unknown or has been revoked.", "code": "unauthorized",
             "message": "The API key is unknown or has been revoked."}""";

    static final String IMPORT_ACCEPTED = """
            {"profile_id": "0b8f6c1e-3f4a-4b7e-9a51-2f7f0f1f9d10", "status": "importing"}""";

    private ProfileExamples() {
    }

    static final String NO_FILE = """
            {"type": "urn:vitae:problem:validation_error", "title": "Bad Request", "status": 400,
             "detail": "file: a résumé file is required as the multipart field 'file'", "code": "validation_error",
             "message": "file: a résumé file is required as the multipart field 'file'",
             "errors": [{"field": "file", "message": "a résumé file is required as the multipart field 'file'"}]}""";
}
