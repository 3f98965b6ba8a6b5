package dev.vitae.common.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A {@link DateRange} whose end is not before its start, compared at the precision both have
 * ({@code 2020-05} to {@code 2020} is in order). Reported on {@code end_date}; a date that is
 * not well formed is {@link RealDate}'s to report, not this rule's.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = InOrder.Validator.class)
public @interface InOrder {

    String message() default "must not be before start_date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<InOrder, DateRange> {
        @Override
        public boolean isValid(DateRange range, ConstraintValidatorContext context) {
            if (range == null) {
                return true;
            }
            String start = range.startDate();
            String end = range.endDate();
            boolean wellFormed = (start == null || PartialDates.isPartialDate(start))
                    && (end == null || PartialDates.isPartialDate(end));
            if (!wellFormed || PartialDates.inOrder(start, end)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("endDate").addConstraintViolation();
            return false;
        }
    }
}
