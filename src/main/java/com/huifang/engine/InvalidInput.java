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

  /** Throws for the given field errors, if there are any, summed up for what was refused ({@link #throwIfAny(String)}). */
  public static void throwIfAny(Map<String, String> errors, String refused) {
    InvalidInput invalid = new InvalidInput();
    errors.forEach((field, message) -> invalid.require(false, field, message));
    invalid.throwIfAny(refused);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public Map<String, String> errors() {
    return Map.copyOf(errors);
  }

  /** Throws for the field errors, if there are any, with a message that names each field and its error. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      String message = errors.entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining("; "));
      throw new Refused(errors, message, false);
    }
  }

  /**
   * Throws for the field errors, if there are any, summed up for what was refused: {@code "投诉登记"} gives
   * "投诉登记有2处需要更正", and the fields and their errors go along (the API answers them field by field).
   */
  public void throwIfAny(String refused) {
    if (!errors.isEmpty()) {
      throw new Refused(errors, refused + "有" + errors.size() + "处需要更正", true);
    }
  }

  /**
   * The refusal: the field errors (field → message, in the order found) and its message, which either joins them
   * or, when {@link #summarized()}, sums them up.
   */
  public static final class Refused extends FormFieldValidationException {

    private final transient Map<String, String> errors;
    private final boolean summarized;

    Refused(Map<String, String> errors, String message, boolean summarized) {
      super(errors.keySet().iterator().next(), message);
      this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
      this.summarized = summarized;
    }

    public Map<String, String> errors() {
      return errors;
    }

    /** Whether the message sums the errors up (then an answer lists them), or names each field itself. */
    public boolean summarized() {
      return summarized;
    }
  }
}
