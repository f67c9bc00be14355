package com.huifang.cluster;

import java.time.Duration;

/**
 * The cluster tests' parameters, as system properties: {@code -Dcluster.jdbc} (the PostgreSQL server, any
 * database on it: the tests create and drop their own), {@code -Dcluster.db.user} / {@code -Dcluster.db.password},
 * {@code -Dcluster.port.base} (first HTTP port of the nodes), {@code -Dcluster.start.minutes} (how long a node
 * may take to report UP) and {@code -Dcluster.timers} (how many escalation timers fall due together).
 */
final class ClusterSettings {

  private ClusterSettings() {}

  static String serverJdbc() {
    return System.getProperty("cluster.jdbc", "jdbc:postgresql://127.0.0.1:5432/postgres");
  }

  static String dbUser() {
    return System.getProperty("cluster.db.user", "postgres");
  }

  static String dbPassword() {
    return System.getProperty("cluster.db.password", "");
  }

  static int portBase() {
    return Integer.getInteger("cluster.port.base", 8281);
  }

  static Duration startTimeout() {
    return Duration.ofSeconds(Math.round(Double.parseDouble(System.getProperty("cluster.start.minutes", "10")) * 60));
  }

  static int timers(int byDefault) {
    return Integer.getInteger("cluster.timers", byDefault);
  }
}
