package dev.vitae.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The methods a path answers, for the {@code Allow} header a 405 must carry (RFC 9110, 15.5.6).
 * RESTEasy Reactive does not hand them to exception mappers, so they come from the OpenAPI
 * document Quarkus generates at build time from the same resource annotations; GET implies HEAD,
 * and every path answers OPTIONS.
 */
final class AllowedMethods {

    private static final Logger LOG = Logger.getLogger(AllowedMethods.class);
    private static final String DOCUMENT = "META-INF/quarkus-generated-openapi-doc.JSON";
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Comparator<String> IN_ORDER = Comparator.comparingInt(ORDER::indexOf);

    private record Route(Pattern path, Set<String> methods) {
    }

    /** Loaded on first use: a 405 is rare. */
    private static final class Routes {
        static final List<Route> ALL = load();
    }

    private AllowedMethods() {
    }

    /** The Allow header value for this path, or empty when no route matches it. */
    static Optional<String> of(String path) {
        Set<String> methods = new TreeSet<>(IN_ORDER);
        for (Route route : Routes.ALL) {
            if (route.path().matcher(path).matches()) {
                methods.addAll(route.methods());
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return Optional.of(String.join(", ", methods));
    }

    private static List<Route> load() {
        List<Route> routes = new ArrayList<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                LOG.warnf("%s not found: 405 answers carry no Allow header", DOCUMENT);
                return routes;
            }
            JsonNode paths = new ObjectMapper().readTree(in).path("paths");
            for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
                String template = it.next();
                Set<String> methods = new HashSet<>();
                paths.get(template).fieldNames().forEachRemaining(m -> {
                    if (ORDER.contains(m.toUpperCase())) {
                        methods.add(m.toUpperCase());
                    }
                });
                routes.add(new Route(toPattern(template), methods));
            }
        } catch (IOException e) {
            LOG.warnf(e, "Could not read %s: 405 answers carry no Allow header", DOCUMENT);
        }
        return routes;
    }

    /** {@code /api/v1/jobs/{id}} matches {@code /api/v1/jobs/7}: each parameter is one path segment. */
    private static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int literalStart = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(literalStart, parameter.start()))).append("[^/]+");
            literalStart = parameter.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(literalStart))).toString());
    }
}
