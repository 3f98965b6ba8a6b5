package dev.vitae.resume;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the résumé parsers: down once a parse has run past its limit by
 * {@code vitae.import.stuck-after} without stopping — its thread is lost for good, and only a
 * restart gets it back (the replica's jobs go to the others meanwhile). A slow database or an
 * outage never makes it fail.
 */
@Liveness
@ApplicationScoped
public class ParserLiveness implements HealthCheck {

    private final ParserPool parsers;

    public ParserLiveness(ParserPool parsers) {
        this.parsers = parsers;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Résumé parsers")
                .status(!parsers.wedged())
                .withData("stuck", parsers.stuck())
                .withData("threads", parsers.size())
                .build();
    }
}
