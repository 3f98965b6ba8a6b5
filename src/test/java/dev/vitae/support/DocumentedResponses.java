package dev.vitae.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.quarkus.test.junit.callback.QuarkusTestAfterConstructCallback;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every response a test receives from the APIs ({@code /api/...}, {@code /admin/...}) must be one
 * the OpenAPI document declares: its status declared for the operation, its media type declared for
 * that status, and its JSON body valid against the declared schema (JSON Schema 2020-12, as
 * OpenAPI 3.1 writes it). A response that is not fails the request's test at once, naming the
 * operation and what differs.
 *
 * <p>Registered for every {@code @QuarkusTest} (a Quarkus test callback, listed in
 * {@code src/test/resources/META-INF/services}; it runs in the application's class loader, where
 * the tests' RestAssured lives), so the whole suite's traffic — successes and every error case —
 * is the walk over the API; the document is fetched once per service from {@code /q/openapi}.
 */
public final class DocumentedResponses implements Filter, QuarkusTestAfterConstructCallback {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = "https://vitae.test/openapi.json";
    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();

    @Override
    public void afterConstruct(Object testInstance) {
        synchronized (DocumentedResponses.class) {
            if (!registered()) {
                RestAssured.filters(new DocumentedResponses());
            }
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (path.startsWith("/api/") || path.startsWith("/admin/")) {
            String base = uri.getScheme() + "://" + uri.getAuthority();
            List<String> problems = problems(base, request.getMethod(), path, response.statusCode(),
                    response.contentType(), response.asString());
            if (!problems.isEmpty()) {
                throw new AssertionError(request.getMethod() + " " + path + " → " + response.statusCode() + " "
                        + response.contentType() + " is not what /q/openapi declares:\n  " + String.join("\n  ", problems)
                        + "\n  body: " + abbreviate(response.asString()));
            }
        }
        return response;
    }

    /** Whatever differs between this response and what the document of the service at {@code base} declares. */
    public static List<String> problems(String base, String method, String path, int status, String contentType, String body) {
        return DOCUMENTS.computeIfAbsent(base, Document::fetch).check(method, path, status, contentType, body);
    }

    /** True once the filter is in RestAssured's global filters (the extension ran). */
    public static boolean registered() {
        return RestAssured.filters().stream().anyMatch(DocumentedResponses.class::isInstance);
    }

    private static String abbreviate(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }

    /** One service's document, with a validator that resolves its {@code $ref}s. */
    private record Document(JsonNode root, SchemaRegistry registry) {

        static Document fetch(String base) {
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).build(),
                        HttpResponse.BodyHandlers.ofString());
                String text = answer.body();
                SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemas(Map.of(DOCUMENT, text)));
                return new Document(JSON.readTree(text), registry);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read " + base + "/q/openapi", e);
            }
        }

        List<String> check(String method, String path, int statusCode, String contentType, String body) {
            String template = template(path);
            if (template == null) {
                // A path the API does not have: only its 404 is right.
                return statusCode == 404 ? List.of() : List.of("no path of the document matches " + path);
            }
            JsonNode operation = root.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                // An undeclared method: the 405 that answers it is checked by the tests of 405s.
                return List.of();
            }
            String status = Integer.toString(statusCode);
            String declared = operation.path("responses").has(status) ? status
                    : operation.path("responses").has("default") ? "default" : null;
            if (declared == null) {
                return List.of("status " + status + " is not declared for " + method + " " + template);
            }
            if (body == null || body.isEmpty()) {
                return List.of();
            }
            String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
            JsonNode content = operation.path("responses").path(declared).path("content");
            String declaredType = content.has(mediaType) ? mediaType
                    : content.has(mediaType.replaceFirst("/.*", "/*")) ? mediaType.replaceFirst("/.*", "/*")
                    : content.has("*/*") ? "*/*" : null;
            if (declaredType == null) {
                return List.of("media type '" + mediaType + "' is not declared for " + status + " of " + method + " "
                        + template + " (declared: " + names(content) + ")");
            }
            if (!content.path(declaredType).has("schema") || !mediaType.endsWith("json")) {
                return List.of();
            }
            String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
                    + escape(declared) + "/content/" + escape(declaredType) + "/schema";
            Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
            try {
                List<Error> errors = schema.validate(JSON.readTree(body));
                return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
            } catch (Exception e) {
                return List.of("the body is not JSON: " + e.getMessage());
            }
        }

        /** The document's path for a request path; a literal segment beats a parameter ("/import" over "/{id}"). */
        private String template(String path) {
            String best = null;
            int bestParameters = Integer.MAX_VALUE;
            for (Iterator<String> names = root.path("paths").fieldNames(); names.hasNext();) {
                String candidate = names.next();
                String regex = candidate.replaceAll("\\{[^/}]+}", "[^/]+").replace(".", "\\.");
                int parameters = candidate.split("\\{", -1).length - 1;
                if (path.matches(regex) && parameters < bestParameters) {
                    best = candidate;
                    bestParameters = parameters;
                }
            }
            return best;
        }

        private static String names(JsonNode content) {
            List<String> names = new ArrayList<>();
            content.fieldNames().forEachRemaining(names::add);
            return String.join(", ", names);
        }

        private static String escape(String token) {
            return token.replace("~", "~0").replace("/", "~1");
        }
    }
}
