package com.huifang.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The labels staff chose from for a field, read from the Camunda Form that offers them, so that the
 * registers show the same words as the forms without spelling them again.
 */
public final class FormOptions {

  private FormOptions() {}

  /** value → label of the options of the field {@code key} in the form at {@code resource} on the classpath. */
  public static Map<String, String> of(String resource, String key) {
    try (InputStream in = FormOptions.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("form not on the classpath: " + resource);
      }
      Map<String, String> labels = new HashMap<>();
      collect(new ObjectMapper().readTree(in).path("components"), key, labels);
      if (labels.isEmpty()) {
        throw new IllegalStateException("no options of " + key + " in " + resource);
      }
      return Map.copyOf(labels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode components, String key, Map<String, String> labels) {
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText())) {
        component.path("values").forEach(v -> labels.put(v.path("value").asText(), v.path("label").asText()));
      }
      collect(component.path("components"), key, labels);
    }
  }
}
