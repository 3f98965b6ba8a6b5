package dev.vitae.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A calendar date written {@code YYYY-MM-DD} or, with {@link #partial()}, also {@code YYYY} or
 * {@code YYYY-MM} as résumés state them; a day must exist ({@code 2021-02-29} does not).
 * {@code null} passes.
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Constraint(validatedBy = RealDate.Validator.class)
public @interface RealDate {

    String message() default "is not a real calendar date";

    /** Also accept a year or a year and month. */
    boolean partial() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RealDate, String> {

        private boolean partial;

        @Override
        public void initialize(RealDate annotation) {
            partial = annotation.partial();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean wellFormed = partial ? PartialDates.isPartialDate(value) : PartialDates.isFullDate(value);
            if (!wellFormed) {
                return Messages.replace(context, partial ? PartialDates.MESSAGE : PartialDates.FULL_MESSAGE);
            }
            return PartialDates.isRealDate(value);
        }
    }
}
