package com.huifang.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read the actuator: the health check (and its liveness and readiness groups) is open, without
 * details, for load balancers and orchestrators; every other endpoint (metrics, Prometheus) needs HTTP Basic
 * of a member of {@code camunda-admin}: 401 without valid credentials, 403 for other staff.
 */
class ActuatorAccess extends OncePerRequestFilter {

  private final ProcessEngine engine;
  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  ActuatorAccess(ProcessEngine engine) {
    this.engine = engine;
  }

  static boolean open(String path) {
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (open(path)) {
      chain.doFilter(request, response);
      return;
    }
    AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
    if (!result.isAuthenticated()) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "需要登录:请以管理员身份提供用户名和密码");
    } else if (engine.getIdentityService().createGroupQuery().groupMember(result.getAuthenticatedUser())
        .groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "只有系统管理员可以查看运行指标");
    } else {
      chain.doFilter(request, response);
    }
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    JsonErrorBody.write(response, status, "status", status, "message", message);
  }
}
