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

/**
 * Text that {@link DateInput} reads as a date or a date and time (ISO, with or without an offset, in the years
 * 1900–2999); a blank or absent value is not checked (a required date says so itself).
 */
@Documented
@Constraint(validatedBy = DateText.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface DateText {

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<DateText, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank()
          || DateInput.parse(value, context.getClockProvider().getClock().getZone()).isPresent();
    }
  }
}
