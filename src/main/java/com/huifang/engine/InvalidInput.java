package com.huifang.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Field errors found in what a user submitted. Thrown as the engine's form-validation exception, so
 * the transaction rolls back (nothing half-written stays) and Tasklist and the REST API answer 400
 * with the message, in the words staff read.
 */
public final class InvalidInput {

  private final Map<String, String> errors = new LinkedHashMap<>();

  public InvalidInput require(boolean condition, String field, String message) {
    if (!condition) {
      errors.putIfAbsent(field, message);
    }
    return this;
  }

  /** Throws for the given field errors (field → message), if there are any. */
  public static void throwIfAny(Map<String, String> errors) {
    InvalidInput invalid = new InvalidInput();
    errors.forEach((field, message) -> invalid.require(false, field, message));
    invalid.throwIfAny();
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public Map<String, String> errors() {
    return Map.copyOf(errors);
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      String message = errors.entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining("; "));
      throw new FormFieldValidationException(errors.keySet().iterator().next(), message);
    }
  }
}
