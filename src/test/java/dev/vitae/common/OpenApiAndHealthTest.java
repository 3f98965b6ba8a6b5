package dev.vitae.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
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

    /** The /api/v1 request bodies are the typed records the resources read: required fields, enums, nullability. */
    @Test
    void candidateApiRequestBodiesAreTyped() {
        String v1 = "paths.'/api/v1/";
        given().accept("application/json").get("/q/openapi").then()
                .body(v1 + "candidates'.post.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/CandidateCreate"))
                .body(v1 + "candidates/{id}'.patch.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/CandidatePatch"))
                .body(v1 + "jobs'.post.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/JobCreate"))
                .body(v1 + "jobs/{id}'.patch.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/JobPatch"))
                .body("components.schemas.CandidateCreate.required", hasItems("job_id", "name"))
                .body("components.schemas.CandidateCreate.properties.job_id.type", equalTo("integer"))
                .body("components.schemas.CandidateCreate.properties.rating.maximum", equalTo(5))
                .body("components.schemas.Stage.enum", hasItems("prospect", "applied", "phonescreen", "inprogress", "hired", "rejected"))
                .body("components.schemas.JobCreate.required", hasItems("title"))
                .body("components.schemas.JobPatch.properties.description.type", hasItems("string", "null"))
                .body("components.schemas.JobPatch.properties.status.$ref", equalTo("#/components/schemas/JobStatus"))
                // Responses: every key is always sent, so every key is required; the ones that can be null say so.
                .body("components.schemas.CandidateView.required", hasItems("id", "name", "email", "stage", "job", "resume_status"))
                .body("components.schemas.CandidateView.properties.email.type", hasItems("string", "null"))
                .body("components.schemas.CandidateView.properties.stage.$ref", equalTo("#/components/schemas/Stage"))
                .body("components.schemas.JobView.required", hasItems("id", "title", "description", "status", "created_at"))
                .body("components.schemas.Pagination.required", hasItems("has_more", "next_cursor"))
                // Query parameters are typed and bounded.
                .body(v1 + "candidates'.get.parameters.find { it.name == 'limit' }.schema.$ref",
                        equalTo("#/components/schemas/PageLimit"))
                .body("components.schemas.PageLimit.maximum", equalTo(100))
                .body(v1 + "candidates'.get.parameters.find { it.name == 'job_id' }.schema.type", equalTo("integer"))
                .body(v1 + "candidates'.get.parameters.find { it.name == 'created_after' }.schema.format", equalTo("date-time"));
    }

    /**
     * Every response of the suite is held to the document by support.DocumentedResponses; this shows
     * that the check is on and that it refuses what the document does not declare.
     */
    @Test
    void everyResponseTheSuiteReceivesIsHeldToTheDocument() {
        org.junit.jupiter.api.Assertions.assertTrue(dev.vitae.support.DocumentedResponses.registered());
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        java.util.function.Function<String, java.util.List<String>> jobView = body -> dev.vitae.support.DocumentedResponses
                .problems(base, "GET", "/api/v1/jobs/7", 200, "application/json", body);
        String job = "{\"data\": {\"id\": 7, \"title\": \"t\", \"description\": null, \"location\": null, "
                + "\"status\": \"open\", \"created_at\": \"2026-12-02T10:00:00Z\", \"updated_at\": \"2026-12-02T10:00:00Z\"}}";
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), jobView.apply(job));
        org.junit.jupiter.api.Assertions.assertFalse(jobView.apply(job.replace("\"open\"", "\"paused\"")).isEmpty(), "enum");
        org.junit.jupiter.api.Assertions.assertFalse(jobView.apply(job.replace("\"title\": \"t\", ", "")).isEmpty(), "required");
        org.junit.jupiter.api.Assertions.assertFalse(jobView.apply(job.replace("\"id\": 7", "\"id\": \"7\"")).isEmpty(), "type");
        org.junit.jupiter.api.Assertions.assertFalse(dev.vitae.support.DocumentedResponses
                .problems(base, "GET", "/api/v1/jobs/7", 418, "application/json", "{}").isEmpty(), "undeclared status");
        org.junit.jupiter.api.Assertions.assertFalse(dev.vitae.support.DocumentedResponses
                .problems(base, "GET", "/api/v1/jobs/7", 200, "text/html", "<p>").isEmpty(), "undeclared media type");
    }

    /** The errors any operation can give are declared with the body the service really sends. */
    @Test
    void genericErrorsAreDeclaredWithTheirRealBodies() {
        given().accept("application/json").get("/q/openapi").then()
                .body("paths.'/api/v1/jobs'.post.responses.'415'.content.'application/json'.examples.unsupported_media_type.value.error.message",
                        equalTo("Unsupported Content-Type; send application/json."))
                .body("paths.'/api/v1/jobs'.post.responses.'406'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/ApiError"))
                .body("paths.'/api/auto-apply/profiles/import'.post.responses.'415'.content.'application/problem+json'.examples.unsupported_media_type.value.detail",
                        containsString("judged by its content"))
                .body("paths.'/api/auto-apply/profiles/{id}'.get.responses.'500'.content.'application/problem+json'.examples.internal_error.value.status",
                        equalTo(500));
        // What the example says is what the service answers.
        given().header("X-Admin-Token", dev.vitae.support.Api.ADMIN_TOKEN).contentType("text/plain").body("x")
                .post("/admin/accounts").then().statusCode(415).body("message", equalTo("Unsupported Content-Type; send application/json."));
    }

    /**
     * Every JSON response of both APIs and the admin API, success or error, shows an example, and
     * every example is a body the response's own schema accepts — checked like real traffic, by
     * support.DocumentedResponses.
     */
    @Test
    void everyJsonResponseHasAnExampleValidAgainstItsSchema() {
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        java.util.Map<String, java.util.Map<String, Object>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.List<String> invalid = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        paths.forEach((path, item) -> item.forEach((method, operationObject) -> {
            if (!(operationObject instanceof java.util.Map<?, ?> operation) || !(path.startsWith("/api/") || path.startsWith("/admin/"))) {
                return;
            }
            String concretePath = path.replaceAll("\\{[^}]+}", "7");
            ((java.util.Map<?, ?>) operation.get("responses")).forEach((status, responseObject) -> {
                java.util.Map<?, ?> content = (java.util.Map<?, ?>) ((java.util.Map<?, ?>) responseObject).get("content");
                if (content == null) {
                    return;
                }
                content.forEach((mediaType, mediaObject) -> {
                    if (!String.valueOf(mediaType).endsWith("json")) {
                        return;
                    }
                    java.util.Map<?, ?> examples = (java.util.Map<?, ?>) ((java.util.Map<?, ?>) mediaObject).get("examples");
                    String where = method.toUpperCase() + " " + path + " " + status + " " + mediaType;
                    if (examples == null || examples.isEmpty()) {
                        missing.add(where);
                        return;
                    }
                    examples.forEach((name, example) -> {
                        try {
                            String body = json.writeValueAsString(((java.util.Map<?, ?>) example).get("value"));
                            dev.vitae.support.DocumentedResponses.problems(base, method.toUpperCase(), concretePath,
                                    Integer.parseInt(String.valueOf(status)), String.valueOf(mediaType), body)
                                    .forEach(problem -> invalid.add(where + " example " + name + ": " + problem));
                        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                            invalid.add(where + " example " + name + ": " + e.getMessage());
                        }
                    });
                });
            });
        }));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), missing, "responses without an example");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), invalid, "examples their schema refuses");
    }

    /** Client generators read a $ref with siblings as a new inline type: the document has none. */
    @Test
    void noReferenceCarriesSiblingTypesOrProperties() {
        java.util.List<String> found = new java.util.ArrayList<>();
        Object document = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().get("$");
        collectRefsWithSiblings(document, "", found);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), found);
    }

    private static void collectRefsWithSiblings(Object node, String path, java.util.List<String> found) {
        if (node instanceof java.util.Map<?, ?> map) {
            if (map.containsKey("$ref") && (map.containsKey("type") || map.containsKey("properties"))) {
                found.add(path);
            }
            map.forEach((k, v) -> collectRefsWithSiblings(v, path + "/" + k, found));
        } else if (node instanceof java.util.List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectRefsWithSiblings(list.get(i), path + "/" + i, found);
            }
        }
    }

    /** What a client generator needs from each profile operation: a name, typed bodies, typed errors, its security. */
    @Test
    void profileOperationsAreNamedTypedAndSecured() {
        io.restassured.path.json.JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("/api/auto-apply/profiles get", "listProfiles");
        expected.put("/api/auto-apply/profiles post", "createProfile");
        expected.put("/api/auto-apply/profiles/{id} get", "getProfile");
        expected.put("/api/auto-apply/profiles/{id} patch", "updateProfile");
        expected.put("/api/auto-apply/profiles/{id} delete", "deleteProfile");
        expected.put("/api/auto-apply/profiles/import post", "importProfile");
        expected.put("/api/auto-apply/profiles/{id}/resume post", "reimportProfile");
        expected.put("/api/auto-apply/profiles/{id}/resume get", "downloadProfileResume");
        expected.forEach((operation, id) -> {
            String[] parts = operation.split(" ");
            java.util.Map<String, Object> op = doc.getMap("paths.'" + parts[0] + "'." + parts[1]);
            org.junit.jupiter.api.Assertions.assertEquals(id, op.get("operationId"), operation);
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(java.util.Map.of("ApiKey", java.util.List.of()),
                    java.util.Map.of("Bearer", java.util.List.of())), op.get("security"), operation);
            @SuppressWarnings("unchecked")
            java.util.Map<String, java.util.Map<String, Object>> responses = (java.util.Map<String, java.util.Map<String, Object>>) op
                    .get("responses");
            responses.forEach((status, response) -> {
                if (status.startsWith("4")) {
                    org.junit.jupiter.api.Assertions.assertEquals("#/components/schemas/Problem",
                            doc.getString("paths.'" + parts[0] + "'." + parts[1] + ".responses.'" + status
                                    + "'.content.'application/problem+json'.schema.$ref"), operation + " " + status);
                }
            });
            org.junit.jupiter.api.Assertions.assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("4")), operation);
        });
        String profiles = "paths.'/api/auto-apply/profiles'";
        given().get("/q/openapi?format=json").then()
                .body(profiles + ".post.responses.'201'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/ProfileView"))
                .body(profiles + ".post.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/ProfileRequest"))
                .body(profiles + ".get.responses.'200'.content.'application/json'.schema.items.$ref",
                        equalTo("#/components/schemas/ProfileView"))
                .body("paths.'/api/auto-apply/profiles/{id}'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/ProfileView"))
                .body("paths.'/api/auto-apply/profiles/{id}'.patch.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/ProfileView"))
                .body("paths.'/api/auto-apply/profiles/{id}'.patch.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/ProfileRequest"))
                .body("paths.'/api/auto-apply/profiles/import'.post.responses.'202'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/ImportAccepted"))
                .body("paths.'/api/auto-apply/profiles/{id}/resume'.post.responses.'202'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/ImportAccepted"))
                .body("components.schemas.ImportAccepted.properties", hasKey("profile_id"))
                .body("components.schemas.Problem.required", hasItems("type", "title", "status", "detail", "code", "message"))
                .body("components.schemas.Problem.properties.errors.items.$ref", equalTo("#/components/schemas/FieldError"))
                // The request's keys are the wire's, and a Patch is shown as the value it carries.
                .body("components.schemas.ProfileRequest.properties", hasKey("work_experience"))
                .body("components.schemas.ProfileRequest.properties", not(hasKey("workExperience")))
                .body("components.schemas.ProfileRequest.properties", not(hasKey("empty")))
                .body("components.schemas.ProfileRequest.properties.work_experience.type", hasItems("array", "null"))
                .body("components.schemas.ProfileRequest.properties.name.type", equalTo("string"))
                .body("components.schemas.ProfileRequest.properties.cover_letter_template.type", hasItems("string", "null"))
                // Every key of a profile is always there; those that can be null say so.
                .body("components.schemas.ProfileView.required", hasItems("id", "status", "import_error", "work_experience",
                        "cover_letter_template", "resume", "created_at"))
                .body("components.schemas.ProfileView.properties.import_error.type", hasItems("string", "null"))
                .body("components.schemas.ProfileView.properties.cover_letter_template.type", hasItems("string", "null"))
                .body("components.schemas.ProfileView.properties.name.type", equalTo("string"))
                // Formats the validators enforce are stated too.
                .body("components.schemas.WorkExperience.properties.start_date.pattern", notNullValue())
                .body("components.schemas.Links.properties.github.format", equalTo("uri"))
                .body("components.schemas.Contact.properties.date_of_birth.format", equalTo("date"));
    }

    /** Every operation has its own name; the admin API needs the admin token; the signed résumé link needs none. */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsNamedOnceAndDeclaresHowItIsAuthenticated() {
        io.restassured.path.json.JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        java.util.Set<String> ids = new java.util.HashSet<>();
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            String id = (String) op.get("operationId");
            org.junit.jupiter.api.Assertions.assertNotNull(id, method + " " + path);
            org.junit.jupiter.api.Assertions.assertTrue(ids.add(id), "operationId used twice: " + id);
            java.util.Map<String, java.util.Map<String, Object>> answers = (java.util.Map<String, java.util.Map<String, Object>>) op
                    .get("responses");
            String success = answers.keySet().stream().filter(status -> status.startsWith("2")).findFirst().orElse(null);
            org.junit.jupiter.api.Assertions.assertNotNull(success, "no success response: " + method + " " + path);
            boolean file = path.endsWith("/resume") && method.equals("get") || path.startsWith("/api/v1/resume-files");
            if (!success.equals("204") && !file) {
                org.junit.jupiter.api.Assertions.assertNotNull(doc.get("paths.'" + path + "'." + method + ".responses.'" + success
                        + "'.content.'application/json'.schema"), "untyped success: " + method + " " + path);
            }
            if (path.startsWith("/admin")) {
                org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(java.util.Map.of("AdminToken", java.util.List.of())),
                        op.get("security"), method + " " + path);
            }
        }));
        java.util.Map<String, Object> link = paths.get("/api/v1/resume-files/{token}").get("get");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), link.get("security"));
        java.util.Map<String, Object> responses = (java.util.Map<String, Object>) link.get("responses");
        org.junit.jupiter.api.Assertions.assertFalse(responses.containsKey("401"), responses.keySet().toString());
        org.junit.jupiter.api.Assertions.assertTrue(responses.keySet().containsAll(java.util.List.of("200", "403", "410")));
        org.junit.jupiter.api.Assertions.assertEquals("X-Admin-Token", doc.getString("components.securitySchemes.AdminToken.name"));
        org.junit.jupiter.api.Assertions.assertFalse(doc.getList("servers").isEmpty());
        // The candidates API's errors are {"error": {...}}, declared as ApiError on every 4xx.
        org.junit.jupiter.api.Assertions.assertEquals("#/components/schemas/ApiError",
                doc.getString("paths.'/api/v1/jobs/{id}'.get.responses.'404'.content.'application/json'.schema.$ref"));
        org.junit.jupiter.api.Assertions.assertEquals("#/components/schemas/ApiError",
                doc.getString("paths.'/api/v1/candidates'.post.responses.'409'.content.'application/json'.schema.$ref"));
        org.junit.jupiter.api.Assertions.assertEquals("#/components/schemas/ApiErrorDetail",
                doc.getString("components.schemas.ApiError.properties.error.$ref"));
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
