package dev.vitae.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** "Now" at the precision PostgreSQL keeps, so a value reads back exactly as it was written. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
