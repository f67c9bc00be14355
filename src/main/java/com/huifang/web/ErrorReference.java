package com.huifang.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The reference of an unexpected failure: the answer gives it to the caller with a generic message, and the
 * log has it next to the stack trace, so support can find the one from the other.
 */
public final class ErrorReference {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorReference() {
  }

  public static String next() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The staff-facing message of a 5xx. */
  public static String message(String reference) {
    return "服务器内部错误,请稍后重试或联系管理员(参考编号 " + reference + ")";
  }
}
