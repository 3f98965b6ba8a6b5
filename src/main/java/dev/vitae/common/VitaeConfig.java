package dev.vitae.common;

import java.util.Optional;

import jakarta.validation.constraints.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings ({@code vitae.*}); Quarkus settings stay under {@code quarkus.*}. */
@ConfigMapping(prefix = "vitae")
public interface VitaeConfig {

    Admin admin();

    Http http();

    Database database();

    interface Database {
        String NOT_CONFIGURED = "not-configured";

        /**
         * The reactive datasource URL, read here only so that a deployment without one stops at
         * start-up with a message saying what to set (instead of a datasource deactivation error).
         */
        @WithDefault("${quarkus.datasource.reactive.url:" + NOT_CONFIGURED + "}")
        @Pattern(regexp = "^(?!" + NOT_CONFIGURED + "$).+", message = "no database configured: set QUARKUS_DATASOURCE_REACTIVE_URL, e.g. "
                + "postgresql://db-host:5432/vitae (with QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD)")
        String url();
    }

    interface Admin {
        /** Value of {@code X-Admin-Token} for {@code /admin/*}; unset hides those endpoints (404). */
        Optional<String> token();
    }

    interface Http {
        /** Largest JSON request body accepted, in bytes; larger answers 413. */
        @WithDefault("1048576")
        long maxJsonBodyBytes();
    }
}
