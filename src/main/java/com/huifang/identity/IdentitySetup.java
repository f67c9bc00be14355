package com.huifang.identity;

import com.huifang.engine.HuifangProperties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs at every start and is idempotent: staff groups with their Chinese names, the admin account,
 * authorizations, Tasklist filters, and in demo mode one user per group.
 */
@Component
@Order(0)
class IdentitySetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identity;
  private final AdminAccount admin;
  private final AuthorizationSetup authorizations;
  private final TaskFilters filters;
  private final DemoUsers demoUsers;
  private final HuifangProperties properties;

  IdentitySetup(IdentityService identity, AdminAccount admin, AuthorizationSetup authorizations,
      TaskFilters filters, DemoUsers demoUsers, HuifangProperties properties) {
    this.identity = identity;
    this.admin = admin;
    this.authorizations = authorizations;
    this.filters = filters;
    this.demoUsers = demoUsers;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    createGroups();
    var adminPassword = admin.ensure();
    authorizations.apply();
    filters.apply();
    if (properties.demo().enabled()) {
      String password = adminPassword.orElseGet(() -> {
        String generated = AdminAccount.randomPassword();
        LOG.warn("Demo users that are new on this start get the password: {}", generated);
        return generated;
      });
      demoUsers.ensure(password);
      LOG.info("Demo mode is on: one user per group (kefu, guanjia, daguanjia, jingli, ...), see README.md");
    }
  }

  private void createGroups() {
    for (StaffGroup staffGroup : StaffGroup.values()) {
      if (identity.createGroupQuery().groupId(staffGroup.id()).count() == 0) {
        Group group = identity.newGroup(staffGroup.id());
        group.setName(staffGroup.chineseName());
        group.setType(StaffGroup.TYPE);
        identity.saveGroup(group);
      }
    }
  }
}
