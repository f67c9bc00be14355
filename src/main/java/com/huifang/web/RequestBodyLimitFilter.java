package com.huifang.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body above its limit ({@link HttpLimits}) with 413 and a JSON message: at once when the
 * declared Content-Length is too large, and while reading when a body without one (chunked) grows past it
 * ({@link RequestBodyTooLarge}, which the API's error handlers answer with 413).
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

  /** The CSV imports (the owner register's, the purchase register's): the larger limit. */
  static final java.util.Set<String> IMPORT_PATHS = java.util.Set.of("/api/owners/import", "/api/purchases/import");

  /** A case's attachments ({@code /api/cases/{businessKey}/attachments}): the attachment limit. */
  static final java.util.regex.Pattern ATTACHMENT_PATHS = java.util.regex.Pattern.compile("/api/cases/[^/]+/attachments");

  private final HttpLimits limits;

  RequestBodyLimitFilter(HttpLimits limits) {
    this.limits = limits;
  }

  DataSize limitFor(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/engine-rest/")) {
      return limits.maxEngineRestBody();
    }
    String withoutSlash = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (ATTACHMENT_PATHS.matcher(withoutSlash).matches()) {
      return limits.maxAttachmentBody();
    }
    return IMPORT_PATHS.contains(withoutSlash) ? limits.maxImportBody() : limits.maxRequestBody();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitFor(request).toBytes();
    if (request.getContentLengthLong() > limit) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("application/json;charset=UTF-8");
      boolean engineRest = request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
      String message = RequestBodyTooLarge.message(limit);
      response.getWriter().write(engineRest
          ? JsonErrorBody.of("type", "PayloadTooLarge", "message", message)
          : JsonErrorBody.of("message", message));
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  /** The request with its body counted as it is read. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;
    private BufferedReader reader;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit, this);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private final HttpServletRequest request;
    private long count;

    Counting(ServletInputStream in, long limit, HttpServletRequest request) {
      this.in = in;
      this.limit = limit;
      this.request = request;
    }

    private int counted(int n) {
      if (n > 0) {
        count += n;
        if (count > limit) {
          RequestBodyTooLarge tooLarge = new RequestBodyTooLarge(limit);
          request.setAttribute(RequestBodyTooLarge.ATTRIBUTE, tooLarge);
          throw tooLarge;
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return counted(in.read(b, off, len));
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
