package dev.vitae.common.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Helpers for validators whose message depends on what is wrong. */
final class Messages {

    private Messages() {
    }

    /** Reports the value invalid with {@code message} instead of the constraint's default; returns false. */
    static boolean replace(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
        return false;
    }

    /** A literal message: no EL or parameter interpolation of what a client sent. */
    static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
