package com.huifang.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The same 409/404 for a lost race on a task as {@link EngineRestErrors} gives on {@code /engine-rest}, for the
 * webapps' own REST API ({@code /camunda/api/engine/...}) that Tasklist completes, submits and claims tasks
 * through. That API is a JAX-RS application inside Camunda's webapp jar whose exception mappers Huifang does
 * not register, so this filter looks at its answer instead: a 5xx or 403 to a task operation is replaced by
 * the verdict of {@link TaskRace} on the task's state (ended → 409, never existed → 404); any other answer, and
 * any answer about a task that is still open, passes unchanged.
 */
class WebappTaskRaceFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(WebappTaskRaceFilter.class);

  private final TaskRace races;

  WebappTaskRaceFilter(TaskRace races) {
    this.races = races;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || TaskRace.taskOperation(request.getRequestURI()).isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var buffered = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, buffered);
    } finally {
      int status = buffered.getStatus();
      Optional<TaskRace.Verdict> verdict = status >= 500 || status == HttpServletResponse.SC_FORBIDDEN
          ? races.afterFailure(TaskRace.taskOperation(request.getRequestURI()).orElseThrow())
          : Optional.empty();
      if (verdict.isPresent() && !response.isCommitted()) {
        LOG.debug("webapp task operation {}: {} instead of {}", request.getRequestURI(), verdict.get().status(),
            buffered.getStatus());
        response.setStatus(verdict.get().status());
        response.setContentType("application/json;charset=UTF-8");
        byte[] body = JsonErrorBody.of("type", verdict.get().type(), "message", verdict.get().message(),
            "code", TaskRace.CONFLICT_CODE).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
      } else {
        buffered.copyBodyToResponse();
      }
    }
  }
}
