package dev.vitae.common;

import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Gives a description to the meters Quarkus, Vert.x and Netty register without one, so every
 * {@code # HELP} line at {@code /q/metrics} says what its series measures.
 */
public class MetricDescriptions {

    static final Map<String, String> DESCRIPTIONS = Map.of(
            "http.server.active.requests", "HTTP requests being served at this moment",
            "http.server.errors", "Exceptions on HTTP server connections, such as a client resetting or closing its connection",
            "netty.allocator.memory.used", "Memory held by a Netty buffer allocator (heap or direct)",
            "netty.allocator.memory.pinned", "Memory of a Netty allocator's buffers in use right now",
            "netty.allocator.pooled.arenas", "Arenas of a Netty pooled buffer allocator (heap or direct)",
            "netty.allocator.pooled.cache.size", "Cache size of a Netty pooled buffer allocator (small or normal)",
            "netty.allocator.pooled.threadlocal.caches", "Thread-local caches of a Netty pooled buffer allocator",
            "netty.allocator.pooled.chunk.size", "Chunk size of a Netty pooled buffer allocator",
            "netty.eventexecutor.tasks.pending", "Tasks waiting in the queue of a Netty event loop");

    @Produces
    @Singleton
    MeterFilter describeUndescribedMeters() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String description = DESCRIPTIONS.get(id.getName());
                if (description == null || id.getDescription() != null && !id.getDescription().isBlank()) {
                    return id;
                }
                return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
            }
        };
    }
}
