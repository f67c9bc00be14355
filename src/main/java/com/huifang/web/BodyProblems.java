package com.huifang.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What was wrong with a JSON request body's fields while it was read (an unknown field, a value of the wrong type),
 * field path → message, kept with the request until its validation ({@link RequestValidation}) lists them with the
 * other refused fields. Reading goes on past a problem, so every problem of the body is listed at once.
 */
final class BodyProblems {

  /** Where a read outside a request (a test) keeps them: an attribute of the Jackson reader. */
  static final String ATTRIBUTE = BodyProblems.class.getName();

  private final Map<String, String> problems = new LinkedHashMap<>();

  /** The problems of this read: the reader's, else the current request's (created on first use); null outside both. */
  static BodyProblems of(DeserializationContext context) {
    if (context.getAttribute(ATTRIBUTE) instanceof BodyProblems own) {
      return own;
    }
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return null;
    }
    if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof BodyProblems existing) {
      return existing;
    }
    BodyProblems created = new BodyProblems();
    request.setAttribute(ATTRIBUTE, created, RequestAttributes.SCOPE_REQUEST);
    return created;
  }

  /** The current request's problems, removed from it; empty when there were none. */
  static Map<String, String> takeFromRequest() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null || !(request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof BodyProblems p)) {
      return Map.of();
    }
    request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    return p.problems();
  }

  Map<String, String> problems() {
    return new LinkedHashMap<>(problems);
  }

  /** Records {@code message} for the value the parser stands on (a member's value, an element), and skips it. */
  void refuse(JsonParser parser, String message) throws IOException {
    problems.putIfAbsent(path(parser), message);
    parser.skipChildren();
  }

  /** The field path of the value the parser stands on, as the API's answers name fields: {@code purchaseLines[0].goods}. */
  static String path(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent(); // the container that holds this value
    }
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        parts.push(c.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      if (!part.startsWith("[") && !path.isEmpty()) {
        path.append('.');
      }
      path.append(part);
    }
    return path.toString();
  }
}
