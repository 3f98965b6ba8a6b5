package dev.vitae.account;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Dev mode only: a dev account with a fixed, printed key so that curl works at once.
 * The bean does not exist in test or production builds.
 */
@IfBuildProfile("dev")
public class DevAccount {

    /** Fixed and public on purpose: it only ever exists in {@code quarkus:dev}. */
    public static final String DEV_KEY = "vk_dev_local_only_do_not_use_in_production";
    private static final Logger LOG = Logger.getLogger(DevAccount.class);

    void onStart(@Observes StartupEvent event, AccountService accounts) throws Throwable {
        boolean created = VertxContextSupport.subscribeAndAwait(() -> accounts.ensureAccountWithKey("Dev", DEV_KEY));
        LOG.infof("%s dev account. Try: curl -H 'X-Api-Key: %s' http://localhost:8080/api/auto-apply/profiles",
                created ? "Created the" : "Using the", DEV_KEY);
    }
}
