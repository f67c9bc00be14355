package com.huifang.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The knobs every benchmark shares, read from system properties so a quick run is one command line away
 * ({@code mvn -Pbench test -Dtest=... -Dbench.warmup=10 -Dbench.measure=5}): durations in seconds, the databases
 * to run on ({@code bench.db=h2,postgres}), and the PostgreSQL server ({@code bench.pg.host}, {@code bench.pg.user}).
 * Benchmark databases on PostgreSQL are named {@code huifang_bench_*} and are dropped and created afresh by each run.
 */
final class BenchSettings {

  private BenchSettings() {
  }

  static int seconds(String name, int fallback) {
    return Integer.getInteger("bench." + name, fallback);
  }

  static int number(String name, int fallback) {
    return Integer.getInteger("bench." + name, fallback);
  }

  static List<String> databases() {
    return Arrays.stream(System.getProperty("bench.db", "h2,postgres").split(",")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The H2 file URL of a benchmark database in {@code directory}: the application's own settings (application.yaml),
   * so the figures are those of the shipped default. Variants for comparison: {@code h2-delayed} is H2's default write
   * delay of 500 ms (before issue 26: commits returned before they were written), {@code h2-sync} the h2-sync profile
   * (written through to the disk at every commit).
   */
  static String h2Url(String db, java.nio.file.Path directory, String extraSettings) {
    var yaml = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
    yaml.setResources(new org.springframework.core.io.ClassPathResource("application.yaml"));
    String shipped = java.util.Objects.requireNonNull(yaml.getObject()).getProperty("spring.datasource.url");
    String settings = shipped.substring(shipped.indexOf(';'));
    String file = directory.toAbsolutePath().resolve("huifang").toString();
    return switch (db) {
      case "h2" -> "jdbc:h2:file:" + file + settings + extraSettings;
      case "h2-delayed" -> "jdbc:h2:file:" + file + settings.replace(";WRITE_DELAY=0", "") + ";WRITE_DELAY=500" + extraSettings;
      case "h2-sync" -> "jdbc:h2:sync:" + file + settings + extraSettings;
      default -> throw new IllegalArgumentException("not an H2 variant: " + db);
    };
  }

  /** How a database of {@link #databases()} is named in a benchmark's figures. */
  static String label(String db) {
    return switch (db) {
      case "postgres" -> "PostgreSQL";
      case "h2" -> "H2 file";
      case "h2-delayed" -> "H2 file, 500 ms write delay (before issue 26)";
      case "h2-sync" -> "H2 file, h2-sync (written through)";
      default -> db;
    };
  }

  static String pgHost() {
    return System.getProperty("bench.pg.host", "127.0.0.1");
  }

  static String pgUser() {
    return System.getProperty("bench.pg.user", "postgres");
  }

  static String pgUrl(String database) {
    return "jdbc:postgresql://" + pgHost() + ":5432/" + database;
  }

  /** Drops and creates a benchmark database ({@code huifang_bench_*} only) and returns its JDBC URL. */
  static String freshPostgres(String database) throws SQLException {
    if (!database.startsWith("huifang_bench_")) {
      throw new IllegalArgumentException("benchmark databases are named huifang_bench_*: " + database);
    }
    try (Connection c = DriverManager.getConnection(pgUrl("postgres"), pgUser(), "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    }
    return pgUrl(database);
  }

  /** The load average of this machine (1, 5, 15 minutes), for the record: other work on it skews every figure. */
  static String loadAverage() {
    try {
      String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return "load average " + parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "load average unknown";
    }
  }
}
