package com.huifang.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small JSON error bodies that filters and valves write outside Spring MVC (401/403 of the actuator, 413 of
 * the body limit, 409 of a lost race on Tasklist's API, Tomcat's own errors): the fields in the order given,
 * every value escaped by Jackson.
 */
public final class JsonErrorBody {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonErrorBody() {
  }

  /** {@code of("status", 403, "message", "…")} gives {@code {"status":403,"message":"…"}}. */
  public static String of(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the status and writes the body as UTF-8 JSON. */
  public static void write(HttpServletResponse response, int status, Object... namesAndValues) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(of(namesAndValues));
  }
}
