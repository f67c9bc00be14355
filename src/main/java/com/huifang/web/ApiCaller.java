package com.huifang.web;

import com.huifang.engine.EngineUsers;
import com.huifang.engine.EngineUsers.Caller;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.identity.Tenant;
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

  /**
   * Whose figures the caller reads (issue 27): {@code office} if named, which must be one of the caller's offices
   * (else 403); else the caller's offices, or the whole company when the caller belongs to every office (the
   * company roles) or is an administrator. A caller of no office is refused with 403.
   */
  public OfficeScope officeScope(String office) {
    Caller caller = current();
    // every office, whether or not the caller may read the tenants in Admin
    List<String> all = EngineUsers.withoutAuthorization(identity,
        () -> identity.createTenantQuery().list().stream().map(Tenant::getId).toList());
    List<String> mine = caller.isAdministrator() ? all : caller.tenantIds();
    if (office != null && !office.isBlank()) {
      if (!mine.contains(office.trim())) {
        throw ApiException.forbidden("无权查看该管理处的数据:" + office.trim());
      }
      return new OfficeScope(List.of(office.trim()));
    }
    if (mine.containsAll(all)) {
      return OfficeScope.COMPANY;
    }
    if (mine.isEmpty()) {
      throw ApiException.forbidden("您不属于任何管理处,请联系系统管理员");
    }
    return new OfficeScope(mine);
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
