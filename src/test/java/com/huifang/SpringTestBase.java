package com.huifang;

import com.huifang.office.OfficeRegister;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, on the database of the active profile (H2 in memory by
 * default, PostgreSQL with the "postgres" profile). No password is committed: the admin's and the
 * test users' password is drawn at random for each run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SpringTestBase {

  public static final String PASSWORD = "pw" + UUID.randomUUID().toString().replace("-", "");
  private static final AtomicInteger USERS = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  @DynamicPropertySource
  static void adminPassword(DynamicPropertyRegistry registry) {
    registry.add("huifang.admin.password", () -> PASSWORD);
  }

  @Autowired protected TestRestTemplate rest;
  @Autowired protected ProcessEngine engine;
  @Autowired protected IdentityService identity;

  @AfterEach
  void resetClockAndAuthentication() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  /** A new user of the default office (issue 27) in the given groups, unique across runs on a shared database. */
  protected String newUser(String... groupIds) {
    String id = newUserOfNoOffice(groupIds);
    identity.createTenantUserMembership(OfficeRegister.DEFAULT_OFFICE, id);
    return id;
  }

  /** A new user in the given groups who belongs to no office yet. */
  protected String newUserOfNoOffice(String... groupIds) {
    String id = "t" + RUN + "u" + USERS.incrementAndGet();
    User user = identity.newUser(id);
    user.setFirstName("测试");
    user.setLastName(id);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    for (String group : groupIds) {
      identity.createMembership(id, group);
    }
    return id;
  }

  protected TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, PASSWORD);
  }
}
