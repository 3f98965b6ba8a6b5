package dev.vitae.resume.parser;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The time limit of the parse running on this thread. The extractors and the structurer call
 * {@link #check()} in their loops, so a file that would take too long stops its own parse and
 * frees the thread, instead of running on after its import was given up.
 */
public final class ParseDeadline {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    /** Thrown by {@link #check()} once the limit has passed; carries no stack trace. */
    public static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("parse deadline exceeded", null, false, false);
        }
    }

    private ParseDeadline() {
    }

    /** Runs {@code parse} on this thread with {@code limit} to finish in. */
    public static <T> T within(Duration limit, Callable<T> parse) throws Exception {
        Long outer = DEADLINE.get();
        DEADLINE.set(System.nanoTime() + limit.toNanos());
        try {
            return parse.call();
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
        }
    }

    /** Throws {@link Exceeded} when this thread's parse is past its limit; free when none is set. */
    public static void check() {
        Long deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline > 0) {
            throw new Exceeded();
        }
    }
}
