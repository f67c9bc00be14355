package com.huifang.web;

import com.huifang.engine.EngineUsers;
import com.huifang.engine.EngineUsers.Caller;
import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who calls the API. The REST authentication filter (web/RestSecurityConfiguration) has checked the
 * HTTP Basic credentials and set the engine's authentication with the user's groups for this request,
 * so engine calls made here run under that user's authorizations.
 */
@Component
public class ApiCaller {

  private final IdentityService identity;

  ApiCaller(IdentityService identity) {
    this.identity = identity;
  }

  /** The caller; 401 when the request carries no user. */
  public Caller current() {
    return EngineUsers.current(identity).orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "请先登录"));
  }

  /** The caller's user id, when the caller belongs to one of the groups (or is an administrator); else 403. */
  public String requireAnyGroup(Collection<String> groupIds, String forbiddenMessage) {
    Caller caller = current();
    if (caller.isAdministrator() || caller.groupIds().stream().anyMatch(groupIds::contains)) {
      return caller.userId();
    }
    throw ApiException.forbidden(forbiddenMessage);
  }
}
