package com.huifang;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;

/**
 * The plain engine of the per-path process tests (camunda-unit-test.cfg.xml), with process coverage: in-memory
 * H2 by default, or
 * the database named by the system property {@code huifang.unit.jdbc-url} (set from Maven's
 * {@code -Dunit.jdbc.url=…}), so the same tests also prove the rules on PostgreSQL.
 */
public class UnitTestEngineConfiguration extends StandaloneInMemProcessEngineConfiguration {

  public UnitTestEngineConfiguration() {
    String url = System.getProperty("huifang.unit.jdbc-url", "");
    if (url.isBlank()) {
      setJdbcUrl("jdbc:h2:mem:huifang-unit;DB_CLOSE_DELAY=1000");
    } else {
      setJdbcUrl(url);
      setJdbcDriver(url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : getJdbcDriver());
      setJdbcUsername(System.getProperty("huifang.unit.jdbc-user", "postgres"));
      setJdbcPassword(System.getProperty("huifang.unit.jdbc-password", ""));
    }
  }

  /** As the coverage library's in-memory configuration (a final class) does: record coverage. */
  @Override
  protected void init() {
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(this);
    super.init();
  }
}
