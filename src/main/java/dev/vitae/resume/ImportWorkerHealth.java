package dev.vitae.resume;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the import worker: down while it cannot reach its queue (the database is gone),
 * up again by itself once it can. Liveness is deliberately not tied to it, so a database outage
 * does not make Kubernetes restart healthy pods.
 */
@Readiness
@ApplicationScoped
public class ImportWorkerHealth implements HealthCheck {

    private final ImportWorker worker;

    public ImportWorkerHealth(ImportWorker worker) {
        this.worker = worker;
    }

    @Override
    public HealthCheckResponse call() {
        ImportWorker.Status status = worker.status();
        return HealthCheckResponse.named("Résumé import worker")
                .status(worker.healthy())
                .withData("enabled", status.enabled())
                .withData("running", status.running())
                .withData("notifications", status.notificationsConnected())
                .withData("session", status.sessionHeld())
                .withData("stuck_parsers", status.stuckParsers())
                .withData("in_flight", status.inFlight())
                .withData("concurrency", status.concurrency())
                .withData("ms_since_last_claim", status.millisSinceLastClaim())
                .build();
    }
}
