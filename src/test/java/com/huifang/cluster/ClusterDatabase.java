package com.huifang.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A test's database, with the few SQL reads and writes the tests make on it (history counts, moving timers'
 * due dates). Either a fresh PostgreSQL database for one test class, named {@code huifang_cl_<purpose>_<random>},
 * created and dropped over JDBC on the server of {@code -Dcluster.jdbc} and shared by the test's nodes; or
 * ({@link #h2File}) the embedded default: the H2 file {@code ./data/huifang} in a fresh working directory under
 * {@code target/cluster/}, of one node at a time, which the test may read only while no node has it open.
 */
final class ClusterDatabase implements AutoCloseable {

  /** PostgreSQL's "sorry, too many clients already". */
  private static final String TOO_MANY_CONNECTIONS = "53300";

  private final String name;
  private final String url;
  /** The nodes' working directory (H2: where ./data lies); null for PostgreSQL. */
  private final Path directory;

  /** A fresh PostgreSQL database. */
  ClusterDatabase(String purpose) {
    this.name = uniqueName(purpose);
    String server = ClusterSettings.serverJdbc();
    int query = server.indexOf('?');
    String base = query < 0 ? server : server.substring(0, query);
    this.url = base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : server.substring(query));
    this.directory = null;
    onServer("create database " + name);
  }

  private ClusterDatabase(String name, Path directory) {
    this.name = name;
    this.directory = directory;
    // the node's own URL is the application's default (application.yaml); the test opens the file as it is
    this.url = "jdbc:h2:file:" + directory.resolve("data").resolve("huifang").toAbsolutePath();
  }

  /** The embedded default: a fresh working directory whose ./data will hold a node's H2 file database. */
  static ClusterDatabase h2File(String purpose) {
    String name = uniqueName(purpose);
    Path directory = Node.LOGS.resolve(name);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new ClusterDatabase(name, directory);
  }

  private static String uniqueName(String purpose) {
    byte[] random = new byte[3];
    new SecureRandom().nextBytes(random);
    return "huifang_cl_" + purpose.toLowerCase(Locale.ROOT) + "_" + HexFormat.of().formatHex(random);
  }

  String name() {
    return name;
  }

  String url() {
    return url;
  }

  boolean embedded() {
    return directory != null;
  }

  /** Where the nodes run: the H2 file's working directory, or null (PostgreSQL: any). */
  Path directory() {
    return directory;
  }

  /** How a node reaches this database: the postgres profile with its URL, or the default profile's H2 file. */
  Map<String, String> nodeEnvironment() {
    if (embedded()) {
      return Map.of();
    }
    return Map.of("SPRING_PROFILES_ACTIVE", "postgres", "HUIFANG_DB_URL", url,
        "HUIFANG_DB_USER", ClusterSettings.dbUser(), "HUIFANG_DB_PASSWORD", ClusterSettings.dbPassword());
  }

  /**
   * A connection; waits up to a minute while the server has no connection slot left (shared servers). On H2
   * the node must be down: the file is open by one process at a time.
   */
  Connection connect() throws SQLException {
    if (embedded()) {
      return DriverManager.getConnection(url, "sa", "");
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return DriverManager.getConnection(url, ClusterSettings.dbUser(), ClusterSettings.dbPassword());
      } catch (SQLException e) {
        if (!TOO_MANY_CONNECTIONS.equals(e.getSQLState()) || attempt == 120) {
          throw e;
        }
        Node.sleep(500);
      }
    }
  }

  /** The first column of the first row of a query with {@code ?} parameters (a Collection becomes a text array). */
  long count(String sql, Object... parameters) {
    return rows(sql, parameters).stream().findFirst().map(r -> ((Number) r.get(0)).longValue()).orElse(0L);
  }

  /** Every row of a query, each as its column values in order. */
  List<List<Object>> rows(String sql, Object... parameters) {
    try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
      bind(c, statement, parameters);
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** A two-column query as a map from the first column to the second (a number). */
  Map<String, Long> counts(String sql, Object... parameters) {
    Map<String, Long> result = new LinkedHashMap<>();
    for (List<Object> row : rows(sql, parameters)) {
      result.put(String.valueOf(row.get(0)), ((Number) row.get(1)).longValue());
    }
    return result;
  }

  int update(String sql, Object... parameters) {
    try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
      bind(c, statement, parameters);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void bind(Connection c, PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] instanceof Collection<?> values) {
        Array array = c.createArrayOf("varchar", values.toArray());
        statement.setArray(i + 1, array);
      } else {
        statement.setObject(i + 1, parameters[i]);
      }
    }
  }

  @Override
  public void close() {
    if (!embedded()) {
      onServer("drop database if exists " + name + " with (force)");
    }
  }

  private static void onServer(String sql) {
    try (Connection c = DriverManager.getConnection(ClusterSettings.serverJdbc(), ClusterSettings.dbUser(),
        ClusterSettings.dbPassword()); Statement statement = c.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
