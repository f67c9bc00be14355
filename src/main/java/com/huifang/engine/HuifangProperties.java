package com.huifang.engine;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The application's own settings ({@code huifang.*} in application.yaml). */
@ConfigurationProperties("huifang")
public record HuifangProperties(ZoneId zone, Admin admin, Demo demo) {

  public HuifangProperties {
    zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
    admin = admin == null ? new Admin("admin", "") : admin;
    demo = demo == null ? new Demo(false) : demo;
  }

  /** The administrator account; the password comes from HUIFANG_ADMIN_PASSWORD only. */
  public record Admin(String id, String password) {
    public Admin {
      id = id == null || id.isBlank() ? "admin" : id;
    }

    public boolean hasPassword() {
      return password != null && !password.isBlank();
    }
  }

  /** Demo mode: one user per group and a few cases, for a first look. */
  public record Demo(boolean enabled) {
    /** The variable that marks a demo case, so demo cases are opened once per database. */
    public static final String MARKER = "demoCase";
    /**
     * The variable that marks a case of demo mode's past months (closed, for the KPI trends): not a demo case of
     * today's queues, written once per database.
     */
    public static final String HISTORY_MARKER = "demoHistory";
  }
}
