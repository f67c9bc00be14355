package com.huifang.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Field errors found in what a user submitted, the domain's one exception for refused input: services and
 * listeners collect them here and throw {@link Refused}. It is the engine's form-validation exception, so the
 * transaction rolls back (nothing half-written stays), Tasklist and the engine's REST API answer 400 with the
 * message, and Huifang's API answers its 400 naming the fields (web/ApiErrors), in the words staff read.
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
      throw new Refused(errors, message);
    }
  }

  /** The refusal: the field errors (field → message, in the order found) and the message joining them. */
  public static final class Refused extends FormFieldValidationException {

    private final transient Map<String, String> errors;

    Refused(Map<String, String> errors, String message) {
      super(errors.keySet().iterator().next(), message);
      this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
      return errors;
    }
  }
}
