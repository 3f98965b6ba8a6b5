package dev.vitae.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The manifests {@code ./mvnw package} writes to target/kubernetes are complete: probes on the
 * health endpoints, resources, secrets for the database and the signing key, several replicas,
 * and a scale-to-zero Knative service. (Read from the JSON files Quarkus writes beside the YAML.)
 */
class KubernetesManifestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void kubernetesDeploymentIsProductionReady() throws Exception {
        JsonNode deployment = resource("kubernetes.json", "Deployment");
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2, "several replicas");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        assertNotNull(container.at("/resources/requests/memory").textValue());
        assertNotNull(container.at("/resources/limits/memory").textValue());
        assertTrue(secrets(container).containsAll(List.of("vitae-db", "vitae-secrets")), "secrets " + secrets(container));
        assertTrue(container.at("/env").findValuesAsText("name").stream().noneMatch(n -> n.equals("QUARKUS_FLYWAY_ACTIVE")),
                "every replica migrates at start");
        assertTrue(deployment.at("/spec/template/spec/initContainers").isMissingNode(),
                "no init container waiting for a migration Job: " + deployment.at("/spec/template/spec/initContainers"));
        assertTrue(kinds("kubernetes.json").stream().noneMatch("Job"::equals), "no migration Job: " + kinds("kubernetes.json"));
        JsonNode service = resource("kubernetes.json", "Service");
        assertEquals(8080, service.at("/spec/ports/0/targetPort").asInt());
    }

    @Test
    void knativeServiceScalesToZero() throws Exception {
        JsonNode service = resource("knative.json", "Service");
        assertEquals("serving.knative.dev/v1", service.get("apiVersion").asText());
        assertEquals("0", service.at("/spec/template/metadata/annotations/autoscaling.knative.dev~1min-scale").asText());
        JsonNode container = service.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertTrue(secrets(container).contains("vitae-db"));
    }

    private static JsonNode resource(String file, String kind) throws Exception {
        return items(file).stream().filter(i -> kind.equals(i.path("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + file));
    }

    private static List<String> kinds(String file) throws Exception {
        return items(file).stream().map(i -> i.path("kind").asText()).toList();
    }

    private static List<JsonNode> items(String file) throws Exception {
        JsonNode root = JSON.readTree(new File("target/kubernetes/" + file));
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else if (root.has("items")) {
            root.get("items").forEach(items::add);
        } else {
            items.add(root);
        }
        return items;
    }

    private static List<String> secrets(JsonNode container) {
        List<String> names = new ArrayList<>();
        container.path("envFrom").forEach(e -> names.add(e.at("/secretRef/name").asText()));
        return names;
    }
}
