package dev.vitae.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives {@code quarkus:dev} and the test suite a real PostgreSQL without Docker or a local
 * server: when no datasource URL is configured and the profile is {@code dev} or {@code test},
 * it starts an embedded PostgreSQL (zonky binaries) once per JVM and points the datasource at it.
 *
 * <p>The zonky artifacts are {@code provided}-scoped: on the dev-mode and test class paths, never
 * in the packaged application. In the {@code prod} profile this factory contributes nothing, so
 * the packaged service requires {@code QUARKUS_DATASOURCE_REACTIVE_URL}. The {@code native}
 * Maven profile leaves this package out of the build altogether.
 */
public final class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    /** JVM-wide marker: survives dev-mode hot reloads, which load this class afresh. */
    static final String PORT_PROPERTY = "dev.vitae.embedded-postgresql.port";
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue(REACTIVE_URL);
        boolean configured = url != null && url.getValue() != null && !url.getValue().isBlank();
        boolean devOrTest = context.getProfiles().contains("dev") || context.getProfiles().contains("test");
        if (configured || !devOrTest) {
            return List.of();
        }
        int port = EmbeddedServer.port();
        return List.of(new PropertiesConfigSource(Map.of(
                REACTIVE_URL, "postgresql://127.0.0.1:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"),
                "vitae-embedded-postgresql", ORDINAL));
    }

    /** Holds the one embedded server of this JVM; only loaded when one is needed. */
    static final class EmbeddedServer {
        private static final Logger LOG = Logger.getLogger(EmbeddedServer.class);

        private EmbeddedServer() {
        }

        static synchronized int port() {
            String running = System.getProperty(PORT_PROPERTY);
            if (running != null) {
                return Integer.parseInt(running);
            }
            try {
                long started = System.nanoTime();
                // zonky registers a shutdown hook that stops the server and deletes its data.
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .start();
                System.setProperty(PORT_PROPERTY, Integer.toString(server.getPort()));
                LOG.infof("Started embedded PostgreSQL on port %d in %d ms (no datasource URL configured)",
                        server.getPort(), (System.nanoTime() - started) / 1_000_000);
                return server.getPort();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL. Set "
                        + "QUARKUS_DATASOURCE_REACTIVE_URL to use an existing database instead.", e);
            }
        }
    }
}
