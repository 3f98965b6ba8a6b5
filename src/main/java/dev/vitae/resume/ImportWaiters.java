package dev.vitae.resume;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Requests waiting for an import to end ({@code Prefer: wait}). Woken by the workers'
 * {@code NOTIFY}, which every replica receives, so no waiting request polls the database.
 * A waiter resumes on its own request's Vert.x context, by wake-up or by its own timer.
 */
@ApplicationScoped
public class ImportWaiters {

    private final Map<String, Set<Waiter>> waiting = new ConcurrentHashMap<>();

    /** A registered wait for one import ("target:id"). Register before reading the resource. */
    public final class Waiter {
        private final String key;
        private final Context context;
        private final CompletableFuture<Boolean> woken = new CompletableFuture<>();

        private Waiter(String key, Context context) {
            this.key = key;
            this.context = context;
        }

        /** True when the import ended, false when {@code max} passed first. */
        public Uni<Boolean> until(Duration max) {
            long timer = context.owner().setTimer(Math.max(1, max.toMillis()), id -> woken.complete(false));
            return Uni.createFrom().completionStage(woken).eventually(() -> {
                context.owner().cancelTimer(timer);
                cancel();
            });
        }

        public void cancel() {
            waiting.computeIfPresent(key, (k, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
        }

        private void wake() {
            context.runOnContext(ignored -> woken.complete(true));
        }
    }

    /** Must be called on the request's Vert.x context. */
    public Waiter register(String key) {
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("Waiting for an import needs a Vert.x context");
        }
        Waiter waiter = new Waiter(key, context);
        waiting.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(waiter);
        return waiter;
    }

    public void wake(String key) {
        Set<Waiter> waiters = waiting.remove(key);
        if (waiters != null) {
            waiters.forEach(Waiter::wake);
        }
    }
}
