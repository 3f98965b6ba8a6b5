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
 * says what the body is, and a generated client can read it. Registered as {@code mp.openapi.filter}.
 */
public class ProblemSchemas implements OASFilter {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
            if (operations == null) {
                continue;
            }
            for (Operation operation : operations.values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                operation.getResponses().getAPIResponses().forEach((status, response) -> describe(status, response));
            }
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
