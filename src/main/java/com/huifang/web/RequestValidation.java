package com.huifang.web;

import com.huifang.engine.Rules;
import jakarta.validation.ConstraintViolation;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The validation of every {@code @Valid @RequestBody} of the API: first what was wrong while the body was read
 * ({@link BodyProblems}: unknown fields, wrong types), then the request record's constraints (Bean Validation, with
 * the rules' custom constraints), one message per field, the first found. A refused request reaches no controller:
 * Spring answers it with {@code MethodArgumentNotValidException}, which {@link ApiErrors} turns into the 400.
 */
@Configuration(proxyBeanMethods = false)
class RequestValidation implements WebMvcConfigurer {

  private final jakarta.validation.Validator rules;

  RequestValidation(jakarta.validation.Validator rules) {
    this.rules = rules;
  }

  @Override
  public Validator getValidator() {
    return new Validator() {
      @Override
      public boolean supports(Class<?> type) {
        return true;
      }

      @Override
      public void validate(Object target, Errors errors) {
        BindingResult result = (BindingResult) errors;
        BodyProblems.takeFromRequest().forEach((field, message) -> refuse(result, field, null, message));
        // one message per field, chosen the same way every time: by the field's place, then the message
        for (ConstraintViolation<Object> violation : Rules.inFieldOrder(rules.validate(target), target.getClass())) {
          refuse(result, violation.getPropertyPath().toString(), violation.getInvalidValue(), violation.getMessage());
        }
      }
    };
  }

  private static void refuse(BindingResult result, String field, Object value, String message) {
    if (result.getFieldError(field) == null) {
      result.addError(new FieldError(result.getObjectName(), field, value, false, null, null, message));
    }
  }

  /** The field errors of a refused request, in the order found: field → message. */
  static Map<String, String> errorsOf(BindingResult result) {
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    for (FieldError error : result.getFieldErrors()) {
      errors.putIfAbsent(error.getField(), error.getDefaultMessage());
    }
    return errors;
  }
}
