package dev.vitae.common;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every {@code application/problem+json} error response of the document the {@link Problem}
 * schema, so each 4xx and 5xx that the resources declare by media type (with its examples) also
 * says what the body is, and a generated client can read it; every 4xx and 5xx of the candidates API
 * ({@code /api/v1/...}) gets the {@link ApiError} schema the same way. Registered as {@code mp.openapi.filter}.
 */
public class ProblemSchemas implements OASFilter {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String APPLICATION_JSON = "application/json";

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
