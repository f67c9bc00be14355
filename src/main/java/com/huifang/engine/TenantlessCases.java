package com.huifang.engine;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the cases of a database from before tenants (no tenant id) into one tenant: every runtime and history row
 * of a process instance, and the inputs and outputs of its decisions. Rows of no instance stay shared: the
 * definitions, their timer-start jobs and message-start subscriptions. Idempotent: a second run finds nothing,
 * since every new case gets a tenant ({@link TenantPerCase}). The engine's tables are found by their columns
 * ({@code TENANT_ID_} with {@code PROC_INST_ID_} or {@code DEC_INST_ID_}), so a new engine table is not forgotten.
 */
@Component
public class TenantlessCases {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  TenantlessCases(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Gives every row of a tenant-less case the tenant; returns how many process instances it moved. */
  public int assignTo(String tenantId) {
    if (count() == 0) {
      // every case has its tenant (history is full): no table to scan on this start
      return 0;
    }
    Map<String, Set<String>> tables = engineTablesWithTenant();
    return transaction.execute(status -> {
      int instances = jdbc.update(
          "update ACT_HI_PROCINST set TENANT_ID_ = ? where TENANT_ID_ is null", tenantId);
      tables.forEach((table, columns) -> {
        if (columns.contains("PROC_INST_ID_") && !table.equals("ACT_HI_PROCINST")) {
          jdbc.update("update " + table + " set TENANT_ID_ = ? where TENANT_ID_ is null and PROC_INST_ID_ is not null",
              tenantId);
        }
      });
      tables.forEach((table, columns) -> {
        if (!columns.contains("PROC_INST_ID_") && columns.contains("DEC_INST_ID_")) {
          jdbc.update("update " + table + " set TENANT_ID_ = (select d.TENANT_ID_ from ACT_HI_DECINST d where d.ID_ = "
              + table + ".DEC_INST_ID_) where TENANT_ID_ is null");
        }
      });
      return instances;
    });
  }

  /** The engine's tables (ACT_RU_…, ACT_HI_…) that have a tenant column, with their columns, in upper case. */
  private Map<String, Set<String>> engineTablesWithTenant() {
    return jdbc.execute((java.sql.Connection connection) -> {
      DatabaseMetaData meta = connection.getMetaData();
      Map<String, Set<String>> columns = new HashMap<>();
      for (String pattern : List.of("ACT_%", "act_%")) {
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), pattern, null)) {
          while (rs.next()) {
            String table = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
            if (table.startsWith("ACT_RU_") || table.startsWith("ACT_HI_")) {
              columns.computeIfAbsent(table, t -> new HashSet<>()).add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
      columns.values().removeIf(names -> !names.contains("TENANT_ID_"));
      return columns;
    });
  }

  /** How many process instances (history) have no tenant: zero once {@link #assignTo} has run. */
  public long count() {
    Long count = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where TENANT_ID_ is null", Long.class);
    return count == null ? 0 : count;
  }
}
