package dev.vitae.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** An embedded PostgreSQL reached through a {@link TcpProxy} the test can cut. */
public class DatabaseOutageResource implements QuarkusTestResourceLifecycleManager {

    static volatile TcpProxy proxy;
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
            proxy = new TcpProxy(postgres.getPort());
            proxy.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + proxy.port() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "vitae.admin.token", EmbeddedPostgresResource.ADMIN_TOKEN,
                "vitae.import.poll-interval", "1S");
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
