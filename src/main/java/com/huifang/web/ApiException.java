package com.huifang.web;

import org.springframework.http.HttpStatus;

/**
 * An answer of Huifang's API other than success: its status, a message staff can read, and the
 * details (field errors, bad lines) if any. {@link ApiErrors} turns it into the JSON error body.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final transient Object errors;

  public ApiException(HttpStatus status, String message, Object errors) {
    super(message);
    this.status = status;
    this.errors = errors;
  }

  public ApiException(HttpStatus status, String message) {
    this(status, message, null);
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, message);
  }

  public static ApiException conflict(String message) {
    return new ApiException(HttpStatus.CONFLICT, message);
  }

  public HttpStatus status() {
    return status;
  }

  public Object errors() {
    return errors;
  }
}
