package com.huifang.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who the engine works for in this thread, and work done for the company instead of for that user. The engine's
 * own type for the current user lives in its internal packages; the rest of Huifang sees a {@link Caller}.
 */
public final class EngineUsers {

  /**
   * The authenticated user of this request (or of the engine call), with the groups and tenants (management offices)
   * the engine checks.
   */
  public record Caller(String userId, List<String> groupIds, List<String> tenantIds) {

    public Caller {
      groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
      tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
    }

    public Caller(String userId, List<String> groupIds) {
      this(userId, groupIds, List.of());
    }

    public boolean isAdministrator() {
      return groupIds.contains(Groups.CAMUNDA_ADMIN);
    }
  }

  private EngineUsers() {}

  /** The current user, if the engine has one (set by the REST authentication filter, or by a test). */
  public static Optional<Caller> current(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    return Optional.of(new Caller(authentication.getUserId(), authentication.getGroupIds(),
        authentication.getTenantIds()));
  }

  /**
   * Runs {@code work} without the current user's authorizations, then restores them: work the company does on the
   * user's behalf after the caller's group has been checked (the registers and figures read every case; a repair
   * request reaches a case its reporter may not update).
   */
  public static <T> T withoutAuthorization(IdentityService identity, Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /**
   * A staff member's name as Admin shows it (first and last name), not the login id; the id when unknown; null for no
   * id. {@code names} caches the names a register has looked up.
   */
  public static String nameOf(IdentityService identity, Object userId, java.util.Map<String, String> names) {
    if (!(userId instanceof String id) || id.isBlank()) {
      return null;
    }
    return names.computeIfAbsent(id, key -> {
      var user = identity.createUserQuery().userId(key).singleResult();
      if (user == null) {
        return key;
      }
      String name = (user.getFirstName() == null ? "" : user.getFirstName())
          + (user.getLastName() == null ? "" : user.getLastName());
      return name.isBlank() ? key : name;
    });
  }
}
