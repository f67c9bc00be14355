package com.huifang.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.huifang.engine.EngineClock;
import com.huifang.engine.EngineUsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The {@code Idempotency-Key} of every POST under {@code /api} (complaints, warranties, repairs, errands, mall
 * purchases, the owner import, and any API added later), so that a client may repeat a request whose answer it did
 * not get. The key belongs to the request it was first used with (per user): a true repeat (same method, path and
 * body, compared as a hash of the normalised JSON) gets the first answer again, byte for byte, with its
 * {@code Location}; the same key with another request is refused with 422 and changes nothing. The key is claimed
 * in the same database transaction as the request's work, which runs inside it (the engine joins Spring's
 * transaction), and only a 2xx answer is kept: a refused or failed request leaves no key, and its work rolls back.
 * The answer reaches the client only after that transaction committed. Keys expire after
 * {@code huifang.idempotency.retention} (24 hours by default).
 */
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";
  /** Request hashes compare the body's JSON with its members in one order and no insignificant white space. */
  private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final IdempotencyKeys keys;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final Duration retention;

  IdempotencyFilter(IdempotencyKeys keys, IdentityService identity, TransactionTemplate transaction, Duration retention) {
    this.keys = keys;
    this.identity = identity;
    this.transaction = transaction;
    this.retention = retention;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
  }

  /**
   * A multipart body (an attachment's upload) is parsed by the container from its own stream, so it is not read here:
   * its parts are, once parsed (the container keeps them for the API), and hashed field by field.
   */
  private static boolean multipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key.isBlank() || key.length() > IdempotencyKeys.MAX_KEY) {
      JsonErrorBody.write(response, HttpStatus.BAD_REQUEST.value(),
          "message", HEADER + " 须为1到" + IdempotencyKeys.MAX_KEY + "个字符");
      return;
    }
    var caller = EngineUsers.current(identity);
    if (caller.isEmpty()) {
      chain.doFilter(request, response); // the API itself answers who is not logged in
      return;
    }
    String userId = caller.get().userId();
    boolean multipart = multipart(request);
    byte[] body;
    try {
      body = multipart ? parts(request) : StreamUtils.copyToByteArray(request.getInputStream());
    } catch (RequestBodyTooLarge tooLarge) {
      JsonErrorBody.write(response, HttpStatus.PAYLOAD_TOO_LARGE.value(), "message", tooLarge.staffMessage());
      return;
    } catch (IllegalStateException | ServletException unreadableParts) {
      // too large or not multipart after all: the API answers it as it does without a key, and no key is kept
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String hash = hash(request.getMethod(), path, body);
    Instant now = EngineClock.now();

    var earlier = keys.find(key, userId, now);
    if (earlier.isPresent()) {
      replay(earlier.get(), key, hash, response);
      return;
    }
    var captured = new ContentCachingResponseWrapper(response);
    try {
      transaction.executeWithoutResult(status -> {
        keys.claim(key, userId, hash, path, now, now.plus(retention));
        try {
          chain.doFilter(multipart ? request : new CachedBody(request, body), captured);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (ServletException e) {
          throw new ServletFailure(e);
        }
        if (captured.getStatus() / 100 == 2) {
          keys.answer(key, userId, captured.getStatus(), captured.getHeader(HttpHeaders.LOCATION),
              new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8));
        } else {
          status.setRollbackOnly();
        }
      });
    } catch (DuplicateKeyException concurrent) {
      // another request with this key committed first
      var first = keys.find(key, userId, EngineClock.now());
      if (first.isEmpty()) {
        inFlight(response);
      } else {
        replay(first.get(), key, hash, response);
      }
      return;
    } catch (PessimisticLockingFailureException | QueryTimeoutException stillRunning) {
      inFlight(response);
      return;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (ServletFailure e) {
      throw e.failure;
    }
    captured.copyBodyToResponse();
  }

  private static void replay(IdempotencyKeys.Stored stored, String key, String hash, HttpServletResponse response)
      throws IOException {
    if (!stored.sameRequest(hash)) {
      JsonErrorBody.write(response, HttpStatus.UNPROCESSABLE_ENTITY.value(), "message", HEADER + " “" + key
          + "” 已用于另一个内容不同的请求;重发同一请求请原样重发,新的请求请使用新的 " + HEADER);
      return;
    }
    if (stored.status() == 0) {
      inFlight(response);
      return;
    }
    response.setStatus(stored.status());
    if (stored.location() != null) {
      response.setHeader(HttpHeaders.LOCATION, stored.location());
    }
    response.setHeader(REPLAYED, "true");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    byte[] bytes = stored.body() == null ? new byte[0] : stored.body().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static void inFlight(HttpServletResponse response) throws IOException {
    JsonErrorBody.write(response, HttpStatus.CONFLICT.value(), "message", "使用同一 " + HEADER + " 的请求正在处理,请稍后重试");
  }

  /** The parts of a multipart request in the order sent, each as name, file name, content type and bytes. */
  private static byte[] parts(HttpServletRequest request) throws IOException, ServletException {
    var out = new java.io.ByteArrayOutputStream();
    for (jakarta.servlet.http.Part part : request.getParts()) {
      String head = part.getName() + "\u0000" + part.getSubmittedFileName() + "\u0000" + part.getContentType()
          + "\u0000" + part.getSize() + "\u0000";
      out.write(head.getBytes(StandardCharsets.UTF_8));
      try (var in = part.getInputStream()) {
        in.transferTo(out);
      }
    }
    return out.toByteArray();
  }

  /** SHA-256 of the method, the path and the body: JSON normalised (members ordered, no white space), else as sent. */
  static String hash(String method, String path, byte[] body) {
    byte[] normalised;
    try {
      normalised = CANONICAL.writeValueAsBytes(CANONICAL.readValue(body, Object.class));
    } catch (IOException notJson) {
      normalised = body;
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(normalised));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A checked servlet failure carried through the transaction callback. */
  private static final class ServletFailure extends RuntimeException {
    private final ServletException failure;

    ServletFailure(ServletException failure) {
      super(failure);
      this.failure = failure;
    }
  }

  /** The request with its body, read once by the filter, readable again by the API. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
