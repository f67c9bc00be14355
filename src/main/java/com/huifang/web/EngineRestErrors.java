package com.huifang.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error answers of the engine's REST API ({@code /engine-rest}), in place of Camunda's own mappers for
 * {@code Throwable}, {@code ProcessEngineException} and {@code RestException}:
 * <ul>
 *   <li>a lost race for a task, or any optimistic-locking conflict → 409 {@code {type: "Conflict", message}}
 *       in Chinese; a task that never existed → 404 (see {@link TaskRace});</li>
 *   <li>unreadable JSON → 400 naming the field path, never Jackson's message (it names Java classes);</li>
 *   <li>other 4xx → Camunda's own answer ({@code {type, message, code}}, its documented error format);</li>
 *   <li>a client mistake Camunda answers with 500 (a prohibited serialization format, a query the engine refuses, a
 *       required parameter or body field left out) → 400 saying what was wrong ({@link #clientMistake});</li>
 *   <li>5xx → a generic message with a reference; the stack trace is logged under that reference, never sent.</li>
 * </ul>
 */
class EngineRestErrors implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrors.class);

  private final TaskRace races;

  @Context
  private UriInfo uri;

  @Context
  private HttpServletRequest request;

  EngineRestErrors(TaskRace races) {
    this.races = races;
  }

  @Override
  public Response toResponse(Throwable failure) {
    String path = uri == null ? null : uri.getPath();
    var verdict = races.judge(path, failure);
    if (verdict.isPresent()) {
      LOG.debug("engine-rest {}: {} ({})", path, verdict.get().status(), failure.toString());
      return json(verdict.get().status(), body(verdict.get().type(), verdict.get().message(), TaskRace.CONFLICT_CODE));
    }
    RequestBodyTooLarge tooLarge = RequestBodyTooLarge.in(failure, request);
    if (tooLarge != null) {
      return json(413, body("PayloadTooLarge", tooLarge.staffMessage(), 0));
    }
    if (failure instanceof JsonProcessingException json) {
      LOG.debug("engine-rest {}: unreadable JSON ({})", path, failure.toString());
      return json(400, body("InvalidRequestException", unreadable(json), 0));
    }
    ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
    Response.Status status = camunda.getStatus(failure);
    String request = (this.request == null ? "" : this.request.getMethod() + " ") + "/engine-rest/" + path;
    if (status == null || status.getStatusCode() >= 500) {
      var mistake = clientMistake(failure);
      if (mistake.isPresent()) {
        LOG.debug("{}: 400, a client mistake ({})", request, failure.toString());
        return json(400, body("InvalidRequestException", mistake.get(), 0));
      }
      String reference = ErrorReference.next();
      LOG.error("{}: server error, reference {}", request, reference, failure);
      return json(500, body("ServerError", ErrorReference.message(reference), 0, reference));
    }
    LOG.debug("{}: {} ({})", request, status.getStatusCode(), failure.toString());
    return json(status.getStatusCode(), camunda.fromException(failure));
  }

  /** Engine messages that mean the request asked for something the engine never does: the client's mistake. */
  private static final List<String> REFUSALS = List.of(
      "ENGINE-17007", // a variable in Java serialization, prohibited (Camunda's default, and ours)
      "Cannot query for user and group authorizations at the same time");

  private static final Pattern MISSING_DTO_FIELD = Pattern.compile("\"this\\.(\\w+)\" is null");

  /**
   * A failure Camunda's REST API answers with 500 that is the client's mistake, with what was wrong: a request the
   * engine refuses by rule ({@link #REFUSALS}), a required parameter left out ({@link NullValueException}), or a field
   * missing from a request body that Camunda's own request object reads without checking it (a
   * {@link NullPointerException} inside {@code org.camunda.bpm.engine.rest.dto}).
   */
  static Optional<String> clientMistake(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      for (String refusal : REFUSALS) {
        int at = message.indexOf(refusal);
        if (at >= 0) {
          return Optional.of("请求无效: " + message.substring(at));
        }
      }
      if (cause instanceof NullValueException) {
        return Optional.of("请求无效,缺少必需的参数: " + message);
      }
      if (cause instanceof NullPointerException npe && npe.getStackTrace().length > 0
          && npe.getStackTrace()[0].getClassName().startsWith("org.camunda.bpm.engine.rest.dto.")) {
        Matcher field = MISSING_DTO_FIELD.matcher(message);
        return Optional.of("请求无效,缺少必填字段" + (field.find() ? " " + field.group(1) : ""));
      }
    }
    return Optional.empty();
  }

  /** What was wrong with the JSON, by field path (never Jackson's message, which names Java classes). */
  static String unreadable(JsonProcessingException failure) {
    if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
      return "请求内容无效: 字段 " + field + " 的值或类型不符";
    }
    return "请求内容不是有效的JSON";
  }

  private static Map<String, Object> body(String type, String message, int code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", code);
    return body;
  }

  private static Map<String, Object> body(String type, String message, int code, String reference) {
    Map<String, Object> body = body(type, message, code);
    body.put("reference", reference);
    return body;
  }

  private static Response json(int status, Object entity) {
    return Response.status(status).entity(entity).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
