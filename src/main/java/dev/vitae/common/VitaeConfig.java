package dev.vitae.common;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.validation.constraints.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The service's own settings ({@code vitae.*}); Quarkus settings stay under {@code quarkus.*}. */
@ConfigMapping(prefix = "vitae")
public interface VitaeConfig {

    Admin admin();

    Http http();

    Database database();

    @WithName("import")
    Import imports();

    Candidates candidates();

    /** The candidates API. */
    interface Candidates {
        /** Region for phone numbers written without a country code (ISO 3166 code). */
        @WithDefault("US")
        String defaultPhoneRegion();

        /**
         * HMAC secret for signed résumé links. Unset: a random secret per process, so links work
         * only on the replica that made them and only until it restarts — set it in production.
         */
        Optional<String> signingSecret();

        /** How long a signed résumé link stays valid. */
        @WithDefault("24H")
        Duration resumeLinkTtl();

        /** Public base URL for links (behind a proxy); unset: taken from the request. */
        Optional<String> publicUrl();
    }

    /** The résumé import engine. */
    interface Import {
        /** Whether this replica runs import jobs (uploads are accepted either way). */
        @WithDefault("true")
        boolean workerEnabled();

        /** Imports parsed at once by this replica; default: the number of CPU cores. */
        OptionalInt concurrency();

        /** How often to look for work when no notification arrives (and for expired leases). */
        @WithDefault("5S")
        Duration pollInterval();

        /**
         * How long a claimed job is reserved for its worker, renewed every third of it while the
         * worker works on it. Only matters when the worker's process cannot be seen to be gone
         * (its host vanished without closing its database session); a crashed process's jobs are
         * taken over at the next claim.
         */
        @WithDefault("30S")
        Duration lease();

        /** Longest time parsing one file may take; past it the import fails. */
        @WithDefault("30S")
        Duration parseTimeout();

        /**
         * How long past {@link #parseTimeout()} a parse that does not stop may keep its thread
         * before liveness fails (the pod is restarted to get the thread back).
         */
        @WithDefault("60S")
        Duration stuckAfter();

        /**
         * Parses of one file begun and never ended — the process died while parsing it — before
         * the import fails for good (the file may crash the parser). A crash or an outage at any
         * other moment does not count.
         */
        @WithDefault("5")
        int maxAttempts();
    }

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

        /**
         * How long a request head (request line and headers) may take to arrive: counted from its
         * first byte, or from the connection opening for its first request. Past it: 408, closed.
         */
        @WithDefault("10S")
        Duration headTimeout();

        /**
         * How long a request body may pause; past it: 408, closed. The same span is the grace
         * period before {@link #minBodyBytesPerSecond()} applies.
         */
        @WithDefault("10S")
        Duration bodyTimeout();

        /**
         * Slowest average rate a request body may arrive at, once it has taken longer than
         * {@link #bodyTimeout()}; 0 turns the check off.
         */
        @WithDefault("1024")
        long minBodyBytesPerSecond();
    }
}
