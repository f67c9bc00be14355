package com.huifang.identity;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Identity's start-up steps (see {@link StartupStep}), each idempotent: staff groups with their Chinese names, the
 * admin account, authorizations, Tasklist filters, and in demo mode one user per group with the admin's password.
 */
@Configuration(proxyBeanMethods = false)
class IdentitySetup {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identity;
  private final HuifangProperties properties;
  /** The admin's password when it is known on this start (configured, or generated now), for the demo users. */
  private Optional<String> adminPassword = Optional.empty();

  IdentitySetup(IdentityService identity, HuifangProperties properties) {
    this.identity = identity;
    this.properties = properties;
  }

  @Bean
  StartupWork staffGroupsStep() {
    return StartupWork.of(StartupStep.STAFF_GROUPS, this::createGroups);
  }

  @Bean
  StartupWork administratorStep(AdminAccount admin) {
    return StartupWork.of(StartupStep.ADMINISTRATOR, () -> adminPassword = admin.ensure());
  }

  @Bean
  StartupWork authorizationsStep(AuthorizationSetup authorizations) {
    return StartupWork.of(StartupStep.AUTHORIZATIONS, authorizations::apply);
  }

  @Bean
  StartupWork taskFiltersStep(TaskFilters filters) {
    return StartupWork.of(StartupStep.TASK_FILTERS, filters::apply);
  }

  @Bean
  StartupWork demoUsersStep(DemoUsers demoUsers) {
    return StartupWork.of(StartupStep.DEMO_USERS, () -> {
      if (!properties.demo().enabled()) {
        return;
      }
      String password = adminPassword.orElseGet(() -> {
        String generated = AdminAccount.randomPassword();
        LOG.warn("Demo users that are new on this start get the password: {}", generated);
        return generated;
      });
      demoUsers.ensure(password);
      LOG.info("Demo mode is on: one user per group (kefu, guanjia, daguanjia, jingli, ...), see README.md");
    });
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
