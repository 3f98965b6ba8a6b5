package dev.vitae.resume;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.pgclient.PgConnectOptions;

/**
 * How the import engine opens its own long-lived connections, outside the pool: the one that
 * listens for notifications ({@link ImportNotifications}) and the one that holds the worker's
 * session lock ({@link WorkerSession}). Same server and credentials as the reactive datasource.
 */
@ApplicationScoped
public class DatabaseSessions {

    private final String reactiveUrl;
    private final Optional<String> username;
    private final Optional<String> password;

    public DatabaseSessions(@ConfigProperty(name = "quarkus.datasource.reactive.url") String reactiveUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.reactiveUrl = reactiveUrl;
        this.username = username;
        this.password = password;
    }

    PgConnectOptions options() {
        PgConnectOptions options = PgConnectOptions.fromUri(reactiveUrl);
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        return options;
    }
}
