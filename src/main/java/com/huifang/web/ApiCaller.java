package com.huifang.web;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who calls the API. The REST authentication filter (config/RestSecurityConfiguration) has checked the
 * HTTP Basic credentials and set the engine's authentication with the user's groups for this request,
 * so engine calls made here run under that user's authorizations.
 */
@Component
public class ApiCaller {

  private final IdentityService identity;

  ApiCaller(IdentityService identity) {
    this.identity = identity;
  }

  public Authentication current() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "请先登录");
    }
    return authentication;
  }

  /** The caller's user id, when the caller belongs to one of the groups (or is an administrator); else 403. */
  public String requireAnyGroup(Collection<String> groupIds, String forbiddenMessage) {
    Authentication authentication = current();
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (groups.contains(Groups.CAMUNDA_ADMIN) || groups.stream().anyMatch(groupIds::contains)) {
      return authentication.getUserId();
    }
    throw ApiException.forbidden(forbiddenMessage);
  }
}
