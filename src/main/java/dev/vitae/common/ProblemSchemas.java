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
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (candidatesApi) {
                        describeApiError(status, response);
                    } else {
                        describe(status, response);
                    }
                });
            }
        }
    }

    /** A candidates-API error: JSON in the {@link ApiError} shape, whether or not the resource named a media type. */
    private static void describeApiError(String status, APIResponse response) {
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
    }

    private static void describe(String status, APIResponse response) {
        if (status == null || !(status.startsWith("4") || status.startsWith("5")) || response.getContent() == null
                || response.getContent().getMediaTypes() == null) {
            return;
        }
        MediaType problem = response.getContent().getMediaType(PROBLEM_JSON);
        if (problem != null && problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref("Problem"));
        }
    }
}
