package dev.vitae.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiAndHealthTest {

    @Test
    void openApiDocumentsEveryEndpointWithExamplesAndErrors() {
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths", hasKey("/api/auto-apply/profiles"))
                .body("paths", hasKey("/api/auto-apply/profiles/{id}"))
                .body("paths", hasKey("/admin/accounts"))
                .body("paths", hasKey("/admin/accounts/{accountId}/keys"))
                .body("paths", hasKey("/admin/keys/{keyId}"))
                .body("paths.'/api/auto-apply/profiles'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/auto-apply/profiles/{id}'.patch.responses", hasKey("409"))
                .body("paths.'/api/auto-apply/profiles/{id}'.patch.responses", hasKey("412"))
                .body("paths.'/api/auto-apply/profiles/{id}'.get.responses", hasKey("404"))
                .body("paths.'/api/auto-apply/profiles'.post.responses", hasKey("400"))
                .body("paths", hasKey("/api/auto-apply/profiles/import"))
                .body("paths", hasKey("/api/auto-apply/profiles/{id}/resume"))
                .body("paths", hasKey("/api/v1/jobs"))
                .body("paths", hasKey("/api/v1/jobs/{id}"))
                .body("paths", hasKey("/api/v1/candidates"))
                .body("paths", hasKey("/api/v1/candidates/{id}"))
                .body("paths", hasKey("/api/v1/candidates/{id}/activities"))
                .body("paths", hasKey("/api/v1/candidates/{id}/resume"))
                .body("paths", hasKey("/api/v1/resume-files/{token}"))
                .body("paths.'/api/v1/candidates'.post.responses", hasKey("409"))
                .body("components.securitySchemes", hasKey("ApiKey"))
                .body("components.securitySchemes", hasKey("Bearer"));
    }

    /** Generated clients send and read the names in the schemas: they must be the wire's snake_case names. */
    @Test
    void schemaPropertiesAreNamedAsOnTheWire() {
        java.util.Map<String, java.util.Map<String, Object>> schemas = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("components.schemas");
        java.util.List<String> camel = new java.util.ArrayList<>();
        schemas.forEach((name, schema) -> {
            Object properties = schema.get("properties");
            if (properties instanceof java.util.Map<?, ?> map && !name.equals("JsonNode")) {
                map.keySet().stream().map(String::valueOf).filter(p -> !p.matches("[a-z0-9_]+"))
                        .forEach(p -> camel.add(name + "." + p));
            }
        });
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), camel);
        given().accept("application/json").get("/q/openapi").then()
                .body("components.schemas.ProfileView.properties", hasKey("import_report"))
                .body("components.schemas.ProfileView.properties", hasKey("work_experience"))
                .body("components.schemas.ImportReport.properties", hasKey("layout"))
                .body("components.schemas.CandidateForm.properties", hasKey("job_id"));
    }

    @Test
    void healthEndpointsAnswer() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"))
                .body("checks.find { it.name == 'Résumé import worker' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Résumé import worker' }.data.running", equalTo(true));
    }

    @Test
    void prometheusMetricsIncludeHttpAndImportFigures() {
        given().get("/api/auto-apply/profiles").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("vitae_import_queue_depth"))
                .body(containsString("vitae_import_in_flight"))
                .body(containsString("vitae_import_lease_expired_total"))
                .body(containsString("vitae_import_parse_seconds"));
    }
}
