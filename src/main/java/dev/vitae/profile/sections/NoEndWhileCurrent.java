package dev.vitae.profile.sections;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A position marked {@code is_current} has no {@code end_date}; reported on {@code end_date}. */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = NoEndWhileCurrent.Validator.class)
public @interface NoEndWhileCurrent {

    String message() default "must be null when is_current is true";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NoEndWhileCurrent, WorkExperience> {
        @Override
        public boolean isValid(WorkExperience job, ConstraintValidatorContext context) {
            if (job == null || !Boolean.TRUE.equals(job.isCurrent()) || job.endDate() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("endDate").addConstraintViolation();
            return false;
        }
    }
}
