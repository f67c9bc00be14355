package com.huifang.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a start form (or a REST call to the engine) submitted, read into the types a request record takes,
 * with a Chinese message for each value of the wrong type: the form's side of what the API's strict JSON reading
 * does (web/StrictJson), so both ways in meet the same record and the same rules.
 */
public final class FormValues {

  public static final String NOT_TEXT = "应为文本";
  public static final String NOT_BOOLEAN = "应为 true 或 false";
  public static final String NOT_WHOLE_NUMBER = "应为整数";
  public static final String OUT_OF_RANGE = "数值超出范围";

  private final Map<String, ?> variables;
  private final Map<String, String> errors = new LinkedHashMap<>();

  public FormValues(Map<String, ?> variables) {
    this.variables = variables;
  }

  /** The value as submitted. */
  public Object raw(String name) {
    return variables.get(name);
  }

  /** Text, or null when absent; anything else is refused. */
  public String text(String name) {
    Object value = variables.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    return refuse(name, NOT_TEXT);
  }

  /** A boolean, or null when absent; anything else is refused. */
  public Boolean flag(String name) {
    Object value = variables.get(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    return refuse(name, NOT_BOOLEAN);
  }

  /** A whole number (a form's number field sends a Long or a Double, a text field text), or null when absent or blank. */
  public Integer whole(String name) {
    Object value = variables.get(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return Math.abs(n.doubleValue()) <= Integer.MAX_VALUE ? n.intValue() : refuse(name, OUT_OF_RANGE);
    }
    if (value instanceof String s) {
      try {
        return Integer.valueOf(s.strip());
      } catch (NumberFormatException notWhole) {
        return refuse(name, NOT_WHOLE_NUMBER);
      }
    }
    return refuse(name, NOT_WHOLE_NUMBER);
  }

  /** Records {@code message} for the field and gives null. */
  public <T> T refuse(String name, String message) {
    errors.putIfAbsent(name, message);
    return null;
  }

  /** The values of the wrong type, field → message, in the order read. */
  public Map<String, String> errors() {
    return errors;
  }

  /** The errors of all checks in turn, each field's first: the types', then the fields', then the rules'. */
  @SafeVarargs
  public static Map<String, String> firstPerField(Map<String, String>... checks) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (Map<String, String> check : checks) {
      check.forEach(errors::putIfAbsent);
    }
    return errors;
  }
}
