package com.huifang.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Our migrations run after the engine has created its tables, so V7 can add to an engine table: the test context
 * starts on a fresh database (H2 in memory, or the fresh PostgreSQL database of the postgres profile in CI), and
 * every migration, V7 included, has been applied.
 */
class FlywayAfterEngineSpringTest extends SpringTestBase {

  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("a fresh database starts: the engine's tables first, then every migration including V7 on them")
  void migrationsRunAfterTheEngine() {
    assertThat(jdbc.queryForObject("select count(*) from \"hf_schema_history\" where \"version\" = '7' and \"success\" = true",
        Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from \"hf_schema_history\" where \"success\" = false", Integer.class))
        .isZero();
    String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    if ("PostgreSQL".equals(product)) {
      assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname like 'hf_stat_auth_%'",
          Integer.class)).isEqualTo(2);
    } else {
      assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes"
          + " where lower(index_name) = 'hf_idx_task_due'", Integer.class)).isPositive();
    }
  }
}
