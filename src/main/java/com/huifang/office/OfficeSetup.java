package com.huifang.office;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.StartupStep;
import com.huifang.engine.StartupWork;
import com.huifang.engine.TenantlessCases;
import com.huifang.identity.DemoStaff;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The office's start-up steps (see {@link StartupStep}), each idempotent: a tenant per office with the company roles
 * as members (and, the first time, everyone of no office in the default office), the cases from before offices
 * into the default office, and in demo mode the second office with its own staff.
 */
@Configuration(proxyBeanMethods = false)
class OfficeSetup {

  private static final Logger LOG = LoggerFactory.getLogger(OfficeSetup.class);

  /**
   * Demo mode: the second office, its project (碧水湾 in demo/owners.csv) and office hours of its own (C2); the default
   * office manages the others.
   */
  static final Office DEMO_SECOND = new Office("bishui", "碧水湾管理处", List.of("碧水湾"), LocalTime.of(9, 0),
      LocalTime.of(18, 0));
  static final List<String> DEMO_DEFAULT_PROJECTS = List.of("翠湖花园", "锦绣华庭");

  private final OfficeRegister offices;
  private final IdentityService identity;

  OfficeSetup(OfficeRegister offices, IdentityService identity) {
    this.offices = offices;
    this.identity = identity;
  }

  @Bean
  StartupWork officesStep() {
    return StartupWork.of(StartupStep.OFFICES, this::ensureTenants);
  }

  @Bean
  StartupWork defaultOfficeStep(TenantlessCases cases) {
    return StartupWork.of(StartupStep.DEFAULT_OFFICE, () -> {
      int moved = cases.assignTo(OfficeRegister.DEFAULT_OFFICE);
      if (moved > 0) {
        LOG.info("{} cases from before offices are now cases of the default office '{}'", moved,
            OfficeRegister.DEFAULT_OFFICE);
      }
    });
  }

  @Bean
  StartupWork demoOfficesStep(HuifangProperties properties) {
    return StartupWork.of(StartupStep.DEMO_OFFICES, () -> {
      if (properties.demo().enabled()) {
        demoOffices();
      }
    });
  }

  void ensureTenants() {
    for (Office office : offices.all()) {
      boolean created = offices.ensureTenant(office.id(), office.name());
      if (created && office.id().equals(OfficeRegister.DEFAULT_OFFICE)) {
        officelessUsersJoinDefaultOffice();
      }
    }
  }

  /** Every user of no office, except the company roles (members of every office), joins the default office. */
  void officelessUsersJoinDefaultOffice() {
    for (User user : identity.createUserQuery().list()) {
      if (!inCompanyRole(user.getId()) && offices.officesOf(user.getId()).isEmpty()) {
        offices.addMember(OfficeRegister.DEFAULT_OFFICE, user.getId());
      }
    }
  }

  private boolean inCompanyRole(String userId) {
    return identity.createGroupQuery().groupMember(userId).groupIdIn(OfficeRegister.COMPANY_GROUPS.toArray(String[]::new))
        .count() > 0;
  }

  private void demoOffices() {
    Office main = offices.find(OfficeRegister.DEFAULT_OFFICE).orElseThrow();
    offices.save(new Office(main.id(), main.name(), DEMO_DEFAULT_PROJECTS, main.opens(), main.closes()));
    offices.save(DEMO_SECOND);
    DemoStaff.firstOffice().forEach(userId -> offices.addMember(OfficeRegister.DEFAULT_OFFICE, userId));
    DemoStaff.secondOffice().forEach(member -> offices.addMember(DEMO_SECOND.id(), member.userId()));
    LOG.info("Demo mode: two offices, {} ({}) and {} ({}: kefu2, guanjia2, daguanjia2, jingli2)",
        main.name(), String.join("、", DEMO_DEFAULT_PROJECTS), DEMO_SECOND.name(), String.join("、", DEMO_SECOND.projects()));
  }
}
