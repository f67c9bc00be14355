package com.huifang.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A file a controller streams to the caller as it is written (a register as .xlsx), never held in memory whole: the
 * controller says what it is and writes it; this sets the headers on the current response and hands over its body.
 */
public final class Download {

  /** Writes the body of a download. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private Download() {}

  /**
   * Sends an attachment named {@code asciiName} (for old clients) and {@code name} (UTF-8, e.g. 客户投诉登记表_…xlsx)
   * of {@code contentType}, written by {@code body}.
   */
  public static void attachment(String asciiName, String name, String contentType, Body body) throws IOException {
    HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
        .getResponse();
    response.setContentType(contentType);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName
        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    body.writeTo(response.getOutputStream());
  }
}
