package com.huifang.cluster;

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
 * A fresh PostgreSQL database for one test class, named {@code huifang_cl_<purpose>_<random>}, created and
 * dropped over JDBC on the server of {@code -Dcluster.jdbc}; and the few SQL reads and writes the tests make
 * on it (history counts, moving timers' due dates).
 */
final class ClusterDatabase implements AutoCloseable {

  /** PostgreSQL's "sorry, too many clients already". */
  private static final String TOO_MANY_CONNECTIONS = "53300";

  private final String name;
  private final String url;

  ClusterDatabase(String purpose) {
    byte[] random = new byte[3];
    new SecureRandom().nextBytes(random);
    this.name = "huifang_cl_" + purpose.toLowerCase(Locale.ROOT) + "_" + HexFormat.of().formatHex(random);
    String server = ClusterSettings.serverJdbc();
    int query = server.indexOf('?');
    String base = query < 0 ? server : server.substring(0, query);
    this.url = base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : server.substring(query));
    onServer("create database " + name);
  }

  String name() {
    return name;
  }

  String url() {
    return url;
  }

  /** A connection; waits up to a minute while the server has no connection slot left (shared servers). */
  Connection connect() throws SQLException {
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
    onServer("drop database if exists " + name + " with (force)");
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
