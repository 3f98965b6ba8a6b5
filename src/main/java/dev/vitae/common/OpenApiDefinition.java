package dev.vitae.common;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import dev.vitae.candidate.rest.Views;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Document-level OpenAPI facts: the two ways to present an API key, the operator's admin token, the page size. */
@OpenAPIDefinition(
        info = @Info(title = "vitae API", version = "0.1.0",
                description = "Auto-apply profiles and a candidates pipeline, built from résumés."),
        components = @Components(schemas = {
                @Schema(name = "PageLimit", type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25",
                        description = "Page size; anything else is a 400 validation_error on limit"),
                // The candidates API's envelopes (Envelopes.Data / Envelopes.Page) of each resource, declared once here
                // so that every operation can name its success schema beside its example.
                @Schema(name = "DataJobView", type = SchemaType.OBJECT, requiredProperties = "data",
                        properties = @SchemaProperty(name = "data", implementation = Views.JobView.class)),
                @Schema(name = "PageJobView", type = SchemaType.OBJECT, requiredProperties = { "data", "pagination" },
                        properties = { @SchemaProperty(name = "data", type = SchemaType.ARRAY, implementation = Views.JobView.class),
                                @SchemaProperty(name = "pagination", implementation = Envelopes.Pagination.class) }),
                @Schema(name = "DataCandidateView", type = SchemaType.OBJECT, requiredProperties = "data",
                        properties = @SchemaProperty(name = "data", implementation = Views.CandidateView.class)),
                @Schema(name = "PageCandidateView", type = SchemaType.OBJECT, requiredProperties = { "data", "pagination" },
                        properties = { @SchemaProperty(name = "data", type = SchemaType.ARRAY, implementation = Views.CandidateView.class),
                                @SchemaProperty(name = "pagination", implementation = Envelopes.Pagination.class) }),
                @Schema(name = "PageActivityView", type = SchemaType.OBJECT, requiredProperties = { "data", "pagination" },
                        properties = { @SchemaProperty(name = "data", type = SchemaType.ARRAY, implementation = Views.ActivityView.class),
                                @SchemaProperty(name = "pagination", implementation = Envelopes.Pagination.class) })
        }, securitySchemes = {
                @SecurityScheme(securitySchemeName = "ApiKey", type = SecuritySchemeType.APIKEY,
                        in = SecuritySchemeIn.HEADER, apiKeyName = "X-Api-Key"),
                @SecurityScheme(securitySchemeName = "Bearer", type = SecuritySchemeType.HTTP, scheme = "bearer"),
                @SecurityScheme(securitySchemeName = "AdminToken", type = SecuritySchemeType.APIKEY,
                        in = SecuritySchemeIn.HEADER, apiKeyName = "X-Admin-Token",
                        description = "The operator's token (vitae.admin.token); the admin API answers 404 while none is set")
        }))
public class OpenApiDefinition extends Application {
}
