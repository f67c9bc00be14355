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
import java.util.Set;

/** Text that is one of the given codes (a form's options: channels, types, payment methods); null is not checked. */
@Documented
@Constraint(validatedBy = OneOf.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface OneOf {

  String[] value();

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<OneOf, String> {
    private Set<String> codes;

    @Override
    public void initialize(OneOf constraint) {
      codes = Set.of(constraint.value());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || codes.contains(value.strip());
    }
  }
}
