package com.huifang.engine;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.util.Map;

/**
 * The class-level constraint of a request record whose rules tie fields together or need the time: the record says
 * what is wrong, field by field, at the validator's clock (the engine's, in the office's time zone), and each error
 * becomes a violation of its field. A start form's listener calls {@link Checked#crossErrors} itself.
 */
@Documented
@Constraint(validatedBy = FollowsRules.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FollowsRules {

  String message() default "不符合规定";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A request record with rules across its fields. */
  interface Checked {
    /** What is wrong, field → message (empty when nothing is), at {@code clock}'s time and zone. */
    Map<String, String> crossErrors(Clock clock);
  }

  class Check implements ConstraintValidator<FollowsRules, Checked> {
    @Override
    public boolean isValid(Checked request, ConstraintValidatorContext context) {
      return Rules.report(request.crossErrors(context.getClockProvider().getClock()), context);
    }
  }
}
