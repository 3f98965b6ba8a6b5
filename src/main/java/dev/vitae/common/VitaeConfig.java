package dev.vitae.common;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings ({@code vitae.*}); Quarkus settings stay under {@code quarkus.*}. */
@ConfigMapping(prefix = "vitae")
public interface VitaeConfig {

    Admin admin();

    Http http();

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
