package com.huifang.engine;

import com.zaxxer.hikari.HikariDataSource;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human-readable case numbers such as {@code TS-20261123-0007} (rule C14), used as business keys.
 * The counter lives in the shared database, one row per prefix and day, so numbers stay unique
 * across every engine node. Each number is drawn in a short transaction of its own, so a case that
 * rolls back leaves a gap rather than holding a lock for the length of the engine's transaction.
 *
 * <p>That transaction takes its connection from a small pool of its own ({@code huifang.case-numbers.pool-size},
 * default 2), never from the application's pool: the caller already holds one connection of that pool for the
 * engine's transaction, and when the number came from the same pool, as many concurrent intakes as the pool had
 * connections each held one and waited for a second, a deadlock that ended in the pool's timeout and HTTP 500
 * (CaseNumberPoolSpringTest). A draw holds the counter row for a few milliseconds and waits for nothing else, so a
 * small pool is enough.
 */
@Service
public class CaseNumberService implements DisposableBean {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final HuifangProperties properties;
  private final HikariDataSource counterPool;

  CaseNumberService(DataSourceProperties database, HuifangProperties properties,
      @Value("${huifang.case-numbers.pool-size:2}") int poolSize) {
    this.properties = properties;
    this.counterPool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    counterPool.setPoolName("case-numbers");
    counterPool.setMaximumPoolSize(poolSize);
    counterPool.setMinimumIdle(0);
    this.jdbc = new JdbcTemplate(counterPool);
    this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(counterPool));
  }

  @Override
  public void destroy() {
    counterPool.close();
  }

  /** The next number for this prefix, dated by the engine clock in the office's time zone. */
  public String next(String prefix) {
    String day = EngineClock.now().atZone(properties.zone()).format(DAY);
    for (int attempt = 0; attempt < 3; attempt++) {
      // each attempt in a transaction of its own: on PostgreSQL a failed insert aborts its transaction
      Integer value = ownTransaction.execute(status -> {
        Integer drawn = increment(prefix, day);
        if (drawn == null) {
          status.setRollbackOnly();
        }
        return drawn;
      });
      if (value != null) {
        return format(prefix, day, value);
      }
    }
    throw new IllegalStateException("could not draw a case number for " + prefix + " on " + day);
  }

  static String format(String prefix, String day, int value) {
    return "%s-%s-%04d".formatted(prefix, day, value);
  }

  /** Today's next value, or null when another node created today's row at the same moment. */
  private Integer increment(String prefix, String day) {
    int updated = jdbc.update(
        "update hf_case_number_counter set last_value = last_value + 1 where prefix = ? and day_key = ?",
        prefix, day);
    if (updated == 0) {
      try {
        jdbc.update("insert into hf_case_number_counter (prefix, day_key, last_value) values (?, ?, 1)",
            prefix, day);
      } catch (DuplicateKeyException raced) {
        return null;
      }
    }
    return jdbc.queryForObject(
        "select last_value from hf_case_number_counter where prefix = ? and day_key = ?",
        Integer.class, prefix, day);
  }
}
