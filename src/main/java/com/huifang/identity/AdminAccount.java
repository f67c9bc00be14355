package com.huifang.identity;

import com.huifang.engine.HuifangProperties;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The administrator: member of {@code camunda-admin}, which holds every permission. Its password comes
 * from {@code HUIFANG_ADMIN_PASSWORD}; when that is unset on the first start, a random one is generated
 * and logged once. No password is ever a default or part of the repository.
 */
@Component
class AdminAccount {

  private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;
  private final Grants grants;
  private final HuifangProperties.Admin settings;

  AdminAccount(IdentityService identity, Grants grants, HuifangProperties properties) {
    this.identity = identity;
    this.grants = grants;
    this.settings = properties.admin();
  }

  /**
   * Creates the admin group, its permissions and the admin user if absent.
   *
   * @return the admin's password when it is known on this start (configured, or generated now)
   */
  Optional<String> ensure() {
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      var group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("系统管理员");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    for (Resources resource : Resources.values()) {
      grants.grant(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
    }
    Optional<String> password = settings.hasPassword() ? Optional.of(settings.password()) : Optional.empty();
    if (identity.createUserQuery().userId(settings.id()).count() == 0) {
      String initial = password.orElseGet(AdminAccount::randomPassword);
      User admin = identity.newUser(settings.id());
      admin.setFirstName("系统");
      admin.setLastName("管理员");
      admin.setPassword(initial);
      identity.saveUser(admin);
      identity.createMembership(settings.id(), Groups.CAMUNDA_ADMIN);
      if (password.isEmpty()) {
        LOG.warn("""
            HUIFANG_ADMIN_PASSWORD is not set: generated a password for user '{}': {}
            It is shown only this once. Change it in Admin (/camunda/app/admin/) → 用户 → {} → 账户,
            or set HUIFANG_ADMIN_PASSWORD before the first start of a new database.""",
            settings.id(), initial, settings.id());
        return Optional.of(initial);
      }
      LOG.info("Created user '{}' with the password from HUIFANG_ADMIN_PASSWORD", settings.id());
    }
    return password;
  }

  static String randomPassword() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
