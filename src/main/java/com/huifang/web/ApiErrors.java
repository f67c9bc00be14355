package com.huifang.web;

import com.huifang.engine.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The JSON error body of Huifang's own API ({@code /api/**}): {@code {message, errors?}} with 400, 403,
 * 404, 409 and so on, in words staff read. Never a stack trace; unexpected failures are logged here.
 */
@RestControllerAdvice(basePackages = "com.huifang")
public class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private final HttpLimits limits;

  ApiErrors(HttpLimits limits) {
    this.limits = limits;
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, Object>> api(ApiException e) {
    return body(e.status(), e.getMessage(), e.errors());
  }

  /**
   * A request record refused: what was wrong while its body was read (unknown fields, wrong types) and what its
   * constraints refused, field by field, summed up under the request's name ({@link ApiRequest}).
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> refused(MethodArgumentNotValidException e) {
    Map<String, String> errors = RequestValidation.errorsOf(e.getBindingResult());
    Object target = e.getBindingResult().getTarget();
    ApiRequest request = target == null ? null : target.getClass().getAnnotation(ApiRequest.class);
    String what = request == null ? "请求内容" : request.value();
    return body(HttpStatus.BAD_REQUEST, what + "有" + errors.size() + "处需要更正", errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    RequestBodyTooLarge tooLarge = RequestBodyTooLarge.in(e, request);
    if (tooLarge != null) {
      return tooLarge(tooLarge);
    }
    if (e.getCause() instanceof MismatchedInputException mismatched && mismatched.getPath().isEmpty()
        || e.getCause() == null) {
      // JSON, but not an object (an array, a number, null), or no body at all
      return body(HttpStatus.BAD_REQUEST, "请求内容须为JSON对象", null);
    }
    return body(HttpStatus.BAD_REQUEST, "请求内容不是有效的JSON对象", null);
  }

  /** A body without Content-Length that grew past the limit while it was read (config/RequestBodyLimitFilter). */
  @ExceptionHandler(RequestBodyTooLarge.class)
  ResponseEntity<Map<String, Object>> tooLarge(RequestBodyTooLarge e) {
    return body(HttpStatus.PAYLOAD_TOO_LARGE, e.staffMessage(), null);
  }

  /**
   * A multipart upload (a case's attachment) larger than the container's multipart limit ({@code
   * spring.servlet.multipart.*}, set to {@code huifang.http.max-attachment-body}), or no multipart body at all.
   */
  @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
  ResponseEntity<Map<String, Object>> multipart(org.springframework.web.multipart.MultipartException e,
      HttpServletRequest request) {
    if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException tooLarge) {
      long limit = tooLarge.getMaxUploadSize() > 0 ? tooLarge.getMaxUploadSize()
          : limits.maxAttachmentBody().toBytes();
      return body(HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyTooLarge.message(limit), null);
    }
    RequestBodyTooLarge counted = RequestBodyTooLarge.in(e, request);
    if (counted != null) {
      return tooLarge(counted);
    }
    LOG.debug("unreadable multipart body: {}", e.getMessage());
    return body(HttpStatus.BAD_REQUEST, "上传内容不是有效的 multipart/form-data", null);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型: " + e.getContentType(), null);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
    return body(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法: " + e.getMethod(), null);
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<Map<String, Object>> header(MissingRequestHeaderException e) {
    return body(HttpStatus.BAD_REQUEST, "缺少请求头 " + e.getHeaderName(), null);
  }

  /** The engine refused: the caller's groups lack the permission. */
  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    LOG.debug("refused: {}", e.getMessage());
    return body(HttpStatus.FORBIDDEN, "无权执行此操作", null);
  }

  /**
   * A service's or listener's check refused the input (the same rules the API's request records follow): 400 with
   * the message and, when it sums them up, every field's error.
   */
  @ExceptionHandler(InvalidInput.Refused.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInput.Refused e) {
    return body(HttpStatus.BAD_REQUEST, e.getMessage(), e.summarized() ? e.errors() : null);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
    if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
      return body(HttpStatus.valueOf(spring.getStatusCode().value()), "请求无效: " + spring.getBody().getDetail(), null);
    }
    RequestBodyTooLarge tooLarge = RequestBodyTooLarge.in(e, request);
    if (tooLarge != null) {
      return tooLarge(tooLarge);
    }
    String reference = ErrorReference.next();
    LOG.error("API request failed, reference {}", reference, e);
    ResponseEntity<Map<String, Object>> answer = body(HttpStatus.INTERNAL_SERVER_ERROR, ErrorReference.message(reference), null);
    answer.getBody().put("reference", reference);
    return answer;
  }

  static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, Object errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    if (errors != null) {
      body.put("errors", errors);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
