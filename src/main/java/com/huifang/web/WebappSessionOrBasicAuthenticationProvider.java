package com.huifang.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * Authentication for Huifang's own API ({@code /api}): a reading request (GET, HEAD) of a user logged in
 * to the Camunda webapps (Cockpit's dashboard plugin) is authenticated by that webapp session; every
 * other request needs HTTP Basic. Only reading requests ride on the session cookie, so a page elsewhere
 * cannot make a logged-in browser change anything (no CSRF). The user's groups are read afresh from the
 * engine by the filter, not taken from the session's cache.
 */
public class WebappSessionOrBasicAuthenticationProvider implements AuthenticationProvider {

  private static final Set<String> READING = Set.of("GET", "HEAD");

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String sessionUser = READING.contains(request.getMethod()) ? sessionUser(request, engine) : null;
    return sessionUser != null ? AuthenticationResult.successful(sessionUser)
        : basic.extractAuthenticatedUser(request, engine);
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
