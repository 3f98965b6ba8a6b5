package dev.vitae.common;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Document-level OpenAPI facts: the two ways to present an API key, the operator's admin token, the page size. */
@OpenAPIDefinition(
        info = @Info(title = "vitae API", version = "0.1.0",
                description = "Auto-apply profiles and a candidates pipeline, built from résumés."),
        components = @Components(schemas = {
                @Schema(name = "PageLimit", type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25",
                        description = "Page size; anything else is a 400 validation_error on limit")
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
