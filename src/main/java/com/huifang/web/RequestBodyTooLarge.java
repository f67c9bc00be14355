package com.huifang.web;

/**
 * A request body that grew past its limit ({@link HttpLimits}) while it was read; the error handlers of both
 * APIs answer it with 413.
 */
public class RequestBodyTooLarge extends RuntimeException {

  /** The request attribute that marks a request whose body grew past its limit (set when it is read). */
  public static final String ATTRIBUTE = RequestBodyTooLarge.class.getName();

  private final long limit;

  RequestBodyTooLarge(long limit) {
    super("request body larger than " + limit + " bytes");
    this.limit = limit;
  }

  /** The staff-facing message. */
  public String staffMessage() {
    return message(limit);
  }

  static String message(long limit) {
    return "请求内容过大(最多" + human(limit) + ")";
  }

  static String human(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + "MB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "字节";
  }

  /**
   * The one in {@code failure}'s causes or, when a reader wrapped it beyond recognition (Jersey's JSON provider
   * does), the one recorded on {@code request}; else null.
   */
  public static RequestBodyTooLarge in(Throwable failure, jakarta.servlet.ServletRequest request) {
    RequestBodyTooLarge found = in(failure);
    if (found == null && request != null && request.getAttribute(ATTRIBUTE) instanceof RequestBodyTooLarge recorded) {
      return recorded;
    }
    return found;
  }

  /** The one in {@code failure}'s causes, or null. */
  public static RequestBodyTooLarge in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RequestBodyTooLarge tooLarge) {
        return tooLarge;
      }
    }
    return null;
  }
}
