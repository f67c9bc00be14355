package com.huifang.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Reading one field of a JSON request body into process variables, with the Chinese message the API
 * answers in its 400 when the field has the wrong JSON type. Shared by the intake APIs (complaints,
 * warranties, mall purchases) so a text or whole-number field is read and refused the same way everywhere.
 */
public final class JsonFields {

  public static final String NOT_TEXT = "应为文本";
  public static final String NOT_WHOLE_NUMBER = "应为整数";

  private JsonFields() {
  }

  /** Puts the stripped text of {@code value} under {@code name}, or records that it is not text. */
  public static void text(String name, JsonNode value, Map<String, Object> variables, Map<String, String> errors) {
    if (value.isTextual()) {
      variables.put(name, value.asText().strip());
    } else {
      errors.put(name, NOT_TEXT);
    }
  }

  public static final String OUT_OF_RANGE = "数值超出范围";

  /** True when {@code value} is a whole number that fits an int; otherwise records what is wrong with it. */
  public static boolean wholeNumber(String name, JsonNode value, Map<String, String> errors) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return true;
    }
    if (value.isIntegralNumber()) {
      errors.put(name, OUT_OF_RANGE);
      return false;
    }
    errors.put(name, NOT_WHOLE_NUMBER);
    return false;
  }
}
