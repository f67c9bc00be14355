package com.huifang.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Several engine nodes on one PostgreSQL database start one at a time. A node takes a session-level
 * PostgreSQL advisory lock before the engine creates or updates its schema and before Flyway migrates our
 * tables, whichever comes first, and holds it until the start-up runners (groups, admin, authorizations,
 * filters, demo data) are done. Without it, two nodes started together on an empty database race: both
 * create the Camunda tables ("relation already exists"), or both seed the same group, and one node fails
 * to start. A node that dies while holding the lock loses its connection, and PostgreSQL releases the lock.
 * On H2 (one node by nature) the lock is a no-op.
 */
@Configuration(proxyBeanMethods = false)
public class StartupLock implements DisposableBean {

  /** The lock's key in pg_advisory_lock's space of one database: "huifang1" in ASCII. */
  static final long KEY = 0x6875_6966_616e_6731L;

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;
  private Connection held;
  private boolean released;

  StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Takes the lock, once per start; a later call while it is held returns at once. */
  public synchronized void acquire() {
    if (held != null || released) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        released = true;
        return;
      }
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        var tried = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")");
        tried.next();
        if (!tried.getBoolean(1)) {
          LOG.info("Another node is starting on this database: waiting for it before the schema check");
          long started = System.nanoTime();
          statement.execute("select pg_advisory_lock(" + KEY + ")");
          LOG.info("Start-up lock taken after {} s", (System.nanoTime() - started) / 1_000_000_000);
        }
      }
      held = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the start-up lock on the database", e);
    }
  }

  /** Gives the lock back: when the node is ready, when its start failed, or when it shuts down. */
  public synchronized void release() {
    released = true;
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      LOG.warn("Could not release the start-up lock; closing its connection releases it", e);
    } finally {
      held = null;
    }
  }

  @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void started() {
    release();
  }

  @Override
  public void destroy() {
    release();
  }

  /** Flyway migrates under the lock. */
  @Bean
  FlywayMigrationStrategy lockedFlywayMigration() {
    return flyway -> {
      acquire();
      flyway.migrate();
    };
  }

  /** The engine checks and creates its schema under the lock (preInit runs before the schema operations). */
  @Bean
  AbstractCamundaConfiguration lockedEngineSchema() {
    return new AbstractCamundaConfiguration() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
      }
    };
  }
}
