package com.huifang.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Authentication for Huifang's own API ({@code /api}): a reading request (GET, HEAD) of a user logged in
 * to the Camunda webapps (Cockpit's dashboard plugin) is authenticated by that webapp session; a changing
 * request (an attachment uploaded from the Tasklist or Cockpit tab) rides on the session only when it carries
 * the webapps' own CSRF token in {@code X-XSRF-TOKEN} (the token Camunda's CSRF filter keeps in the session and
 * gives the webapps' scripts in the {@code XSRF-TOKEN} cookie; a page elsewhere can neither read it nor set the
 * header); every other request needs HTTP Basic. The user's groups are read afresh from the engine by the
 * filter, not taken from the session's cache.
 */
public class WebappSessionOrBasicAuthenticationProvider implements AuthenticationProvider {

  private static final Set<String> READING = Set.of("GET", "HEAD");

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String sessionUser = READING.contains(request.getMethod()) || carriesSessionToken(request)
        ? sessionUser(request, engine) : null;
    return sessionUser != null ? AuthenticationResult.successful(sessionUser)
        : basic.extractAuthenticatedUser(request, engine);
  }

  /** Whether the request's X-XSRF-TOKEN header is its webapp session's CSRF token. */
  static boolean carriesSessionToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return header != null && !header.isBlank() && token instanceof String expected && MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
  }

  private static String sessionUser(HttpServletRequest request, ProcessEngine engine) {
    HttpSession session = request.getSession(false);
    if (session == null || request.getHeader("Authorization") != null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engine.getName());
    return user == null || user.getIdentityId() == null ? null : user.getIdentityId();
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }
}
