package dev.vitae.common;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * JSON names a request type refuses as read-only rather than as unknown: its resource answers
 * them but a client may not write them ({@code id}, {@code created_at}, …). Read by
 * {@link JsonErrors} when Jackson meets one of them in a body.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface ReadOnlyProperties {

    String[] value();
}
