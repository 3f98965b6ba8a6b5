package dev.vitae.common;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every {@code application/problem+json} error response of the document the {@link Problem}
 * schema, so each 4xx and 5xx that the resources declare by media type (with its examples) also
 * says what the body is, and a generated client can read it; every 4xx and 5xx of the candidates API
 * ({@code /api/v1/...}) gets the {@link ApiError} schema the same way. Registered as {@code mp.openapi.filter}.
 *
 * <p>It also drops the {@code type} that the scanner writes beside a {@code $ref} when a field's
 * annotation adds to a referenced schema ({@code created_at} of every view is {@code $ref: Instant}
 * plus {@code type: string}), and the properties beside a referenced multipart form: legal in
 * OpenAPI 3.1, but client generators read such a schema as a new inline type, and the referenced
 * schema already says it.
 */
public class ProblemSchemas implements OASFilter {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String APPLICATION_JSON = "application/json";

    @Override
    public Schema filterSchema(Schema schema) {
        boolean typedElsewhere = schema.getRef() != null || schema.getAnyOf() != null && !schema.getAnyOf().isEmpty();
        if (typedElsewhere && schema.getType() != null) {
            // "resume": {"type": ["object", "null"], "anyOf": [{"$ref": ResumeFileInfo}, {"type": "null"}]}: anyOf says it all.
            schema.setType(null);
        }
        if (schema.getRef() != null && schema.getProperties() != null) {
            // A multipart body declared as a form record and also scanned from its @RestForm parameters: the record says it.
            schema.setProperties(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().get("Contact") != null) {
            // Contact is also the profile view's section, and an imported profile may lack what a request must send
            // (an email the résumé did not show); the requests declare their own required keys inline.
            openAPI.getComponents().getSchemas().get("Contact").setRequired(null);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
            String path = entry.getKey();
            PathItem item = entry.getValue();
            Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
            if (operations == null) {
                continue;
            }
            for (Operation operation : operations.values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                boolean candidatesApi = path.startsWith("/api/v1/");
                if (path.startsWith("/api/") || path.startsWith("/admin/")) {
                    declareEverywhere(operation, candidatesApi);
                }
                if (takesIdempotencyKey(operation)) {
                    declareIdempotencyErrors(operation, candidatesApi);
                }
                boolean upload = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().hasMediaType("multipart/form-data");
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (candidatesApi) {
                        describeApiError(path, status, response, upload);
                    } else {
                        describe(path, status, response, upload);
                    }
                });
            }
        }
    }

    /**
     * The answers any operation can give, whatever its own annotations say: 406 when the Accept
     * header names nothing it produces (common.AcceptNegotiation), 415 when it reads a body and the
     * Content-Type is another, 500 when something unexpected fails (logged, never shown).
     */
    private static void declareEverywhere(Operation operation, boolean candidatesApi) {
        declare(operation, "406", "The Accept header names no type this operation answers (not_acceptable)", candidatesApi);
        if (operation.getRequestBody() != null) {
            declare(operation, "413", "The body is over its limit: 1 MiB of JSON, 10 MB for a résumé (payload_too_large)",
                    candidatesApi);
            declare(operation, "415", "The body's Content-Type is not one this operation reads (unsupported_media_type)",
                    candidatesApi);
        }
        declare(operation, "500", "Something unexpected failed (internal_error); it is logged with its stack trace", candidatesApi);
    }

    private static boolean takesIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotentRequests.HEADER.equalsIgnoreCase(p.getName()));
    }

    /** What an {@code Idempotency-Key} adds to a create: 422 for a key reused with another request, 409 while the first runs. */
    private static void declareIdempotencyErrors(Operation operation, boolean candidatesApi) {
        declare(operation, "422", "[ours] The Idempotency-Key was used for a different request in the last 24 hours "
                + "(idempotency_key_reused)", candidatesApi);
        exampleFor("", "422", media(operation, "422", candidatesApi), candidatesApi, false, REUSED_KEY);
        APIResponse conflict = operation.getResponses().getAPIResponse("409");
        if (conflict == null) {
            declare(operation, "409", "[ours] A request with the same Idempotency-Key is still being processed "
                    + "(idempotency_key_in_use)", candidatesApi);
            exampleFor("", "409", media(operation, "409", candidatesApi), candidatesApi, false, KEY_IN_USE);
        } else if (conflict.getDescription() != null && !conflict.getDescription().contains("Idempotency-Key")) {
            conflict.setDescription(conflict.getDescription() + "; or [ours] a request with the same Idempotency-Key is "
                    + "still being processed (idempotency_key_in_use)");
        }
    }

    private static MediaType media(Operation operation, String status, boolean candidatesApi) {
        return operation.getResponses().getAPIResponse(status).getContent().getMediaType(candidatesApi ? APPLICATION_JSON : PROBLEM_JSON);
    }

    private static final String[] REUSED_KEY = { "idempotency_key_reused",
            "This Idempotency-Key was used for a different request in the last 24 hours; use a new key for a new request." };
    private static final String[] KEY_IN_USE = { "idempotency_key_in_use",
            "A request with this Idempotency-Key is still being processed; retry once it has finished." };

    private static void declare(Operation operation, String status, String description, boolean candidatesApi) {
        if (operation.getResponses().getAPIResponse(status) != null) {
            return;
        }
        MediaType body = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(candidatesApi ? "ApiError" : "Problem"));
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(candidatesApi ? APPLICATION_JSON : PROBLEM_JSON, body)));
    }

    /** A candidates-API error: JSON in the {@link ApiError} shape, whether or not the resource named a media type. */
    private static void describeApiError(String path, String status, APIResponse response, boolean upload) {
        if (status == null || !(status.startsWith("4") || status.startsWith("5"))) {
            return;
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        MediaType json = response.getContent().getMediaType(APPLICATION_JSON);
        if (json == null) {
            json = OASFactory.createMediaType();
            response.getContent().addMediaType(APPLICATION_JSON, json);
        }
        if (json.getSchema() == null) {
            json.setSchema(OASFactory.createSchema().ref("ApiError"));
        }
        exampleFor(path, status, json, true, upload);
    }

    /**
     * The errors every operation can give, with what the service really says: a generic error
     * response without examples gets this one, as the API would send it.
     */
    private static final Map<String, String[]> GENERIC_ERRORS = Map.of(
            "406", new String[] { "not_acceptable", "This resource answers application/json only." },
            "412", new String[] { "precondition_failed", "If-Match does not match the current ETag; read the resource again and retry." },
            "413", new String[] { "payload_too_large", "The request body is 2000000 bytes; at most 1048576 bytes are accepted here." },
            "415", new String[] { "unsupported_media_type", "Unsupported Content-Type; send application/json." },
            "500", new String[] { "internal_error", "An unexpected error occurred; it has been logged." });

    /** What a 404 says under a path: the thing it names was not found (in this account). */
    private static String notFound(String path) {
        String what = path.startsWith("/admin/keys") ? "API key"
                : path.startsWith("/admin/accounts") ? "Account"
                : path.startsWith("/api/auto-apply/profiles") ? "Profile"
                : path.startsWith("/api/v1/jobs") ? "Job"
                : path.startsWith("/api/v1/candidates") ? "Candidate"
                : path.startsWith("/api/v1/resume-files") ? "Résumé file" : "Resource";
        return what + " not found.";
    }

    /** An upload's 415 is about the file, judged by its bytes. */
    private static final String[] UNSUPPORTED_FILE = { "unsupported_media_type",
            "The file is not a PDF, DOCX, TXT, RTF or Markdown document (judged by its content, not its name)." };

    private static void exampleFor(String path, String status, MediaType media, boolean candidatesApi, boolean upload) {
        exampleFor(path, status, media, candidatesApi, upload, null);
    }

    private static void exampleFor(String path, String status, MediaType media, boolean candidatesApi, boolean upload,
            String[] given) {
        String[] error = given != null ? given : switch (status) {
            case "401" -> path.startsWith("/admin/") ? new String[] { "unauthorized", "Missing or wrong X-Admin-Token." }
                    : new String[] { "unauthorized", "The API key is unknown or has been revoked." };
            case "404" -> new String[] { "not_found", notFound(path) };
            case "415" -> upload ? UNSUPPORTED_FILE : GENERIC_ERRORS.get(status);
            default -> GENERIC_ERRORS.get(status);
        };
        if (error == null || media.getExamples() != null && !media.getExamples().isEmpty() || media.getExample() != null) {
            return;
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        if (candidatesApi) {
            body.put("error", Map.of("code", error[0], "message", error[1]));
        } else {
            int code = Integer.parseInt(status);
            body.put("type", "urn:vitae:problem:" + error[0]);
            body.put("title", ErrorBodies.title(code));
            body.put("status", code);
            body.put("detail", error[1]);
            body.put("code", error[0]);
            body.put("message", error[1]);
        }
        media.addExample(error[0], OASFactory.createExample().value(body));
    }

    private static void describe(String path, String status, APIResponse response, boolean upload) {
        if (status == null || !(status.startsWith("4") || status.startsWith("5")) || response.getContent() == null
                || response.getContent().getMediaTypes() == null) {
            return;
        }
        MediaType problem = response.getContent().getMediaType(PROBLEM_JSON);
        if (problem != null && problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref("Problem"));
        }
        if (problem != null) {
            exampleFor(path, status, problem, false, upload);
        }
    }
}
