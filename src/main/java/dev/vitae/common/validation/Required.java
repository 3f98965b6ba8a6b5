package dev.vitae.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import dev.vitae.common.Patch;

/**
 * A key that must be in the body (with a value or {@code null}); usually limited to a group such
 * as {@link OnCreate}, since PATCH leaves absent keys alone.
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, METHOD, PARAMETER })
@Constraint(validatedBy = Required.Validator.class)
public @interface Required {

    String message() default "is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Required, Patch<?>> {
        @Override
        public boolean isValid(Patch<?> value, ConstraintValidatorContext context) {
            return value != null && value.isPresent();
        }
    }
}
