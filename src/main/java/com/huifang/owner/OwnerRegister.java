package com.huifang.owner;

import com.huifang.engine.CsvRows;
import com.huifang.owner.ImportResult.LineError;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner register (业主联系册): unit → owner's name and phone. Intake looks the phone up from the
 * unit; the office keeps the register current by importing a CSV exported from its spreadsheet.
 */
@Service
public class OwnerRegister {

  public static final List<String> HEADER = List.of("unit", "owner_name", "phone");
  /** The header with the optional project column. */
  public static final List<String> HEADER_WITH_PROJECT = List.of("unit", "owner_name", "phone", "project");
  static final int MAX_UNIT = 64;
  static final int MAX_NAME = 100;
  static final int MAX_PROJECT = 100;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  OwnerRegister(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The owner of the unit (surrounding spaces ignored), if the register knows it. */
  public Optional<OwnerContact> findByUnit(String unit) {
    if (unit == null || unit.isBlank()) {
      return Optional.empty();
    }
    return jdbc.query(SELECT + " where unit = ?", OwnerRegister::contact, unit.trim()).stream().findFirst();
  }

  /** Every owner whose unit has a project, grouped by project, both in sorted order. */
  public Map<String, List<OwnerContact>> byProject() {
    Map<String, List<OwnerContact>> projects = new java.util.TreeMap<>();
    jdbc.query(SELECT + " where project is not null order by project, unit", OwnerRegister::contact)
        .forEach(owner -> projects.computeIfAbsent(owner.project(), p -> new ArrayList<>()).add(owner));
    return projects;
  }

  /** The projects of the register's units, sorted (none when no unit has a project). */
  public List<String> projects() {
    return jdbc.queryForList("select distinct project from hf_owner_unit where project is not null order by project",
        String.class);
  }

  private static final String SELECT = "select unit, owner_name, phone, project, updated_at from hf_owner_unit";

  private static OwnerContact contact(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new OwnerContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getTimestamp(5).toInstant());
  }

  public long count() {
    Long count = jdbc.queryForObject("select count(*) from hf_owner_unit", Long.class);
    return count == null ? 0 : count;
  }

  /**
   * Imports {@code unit,owner_name,phone[,project]} lines (UTF-8, with that header), adding new units and updating
   * known ones. Every line is checked first: if any is bad, nothing is written and every bad line is
   * reported; otherwise all lines are written in one transaction.
   */
  public ImportResult importCsv(Reader csv) {
    return importCsv(csv, (known, current, future) -> true);
  }

  /**
   * Which projects' units the importer may write (issue 27: an office keeps its own owners): asked with whether the
   * register knows the unit, its project as the register has it (null: none) and as it will be.
   */
  public interface ProjectGate {
    boolean mayWrite(boolean known, String currentProject, String newProject);
  }

  /** As {@link #importCsv(Reader)}, refusing every line that writes a unit of a project the importer may not. */
  public ImportResult importCsv(Reader csv, ProjectGate gate) {
    List<CsvRows.Row> rows = CsvRows.read(csv);
    List<LineError> errors = new ArrayList<>();
    if (rows.isEmpty() || !(header(rows.get(0)).equals(HEADER) || header(rows.get(0)).equals(HEADER_WITH_PROJECT))) {
      errors.add(new LineError(1, "header", "第一行须为表头 unit,owner_name,phone(可加第4列 project)"));
      return new ImportResult(0, errors);
    }
    boolean withProject = header(rows.get(0)).size() == HEADER_WITH_PROJECT.size();
    int columns = header(rows.get(0)).size();
    List<OwnerContact> owners = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Instant now = Instant.now();
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      if (row.blank()) {
        continue;
      }
      if (row.unreadable()) {
        errors.add(new LineError(row.line(), "line", "从此行起不是有效的CSV(引号未闭合)"));
        break;
      }
      List<String> f = row.fields();
      if (f.size() != columns) {
        errors.add(new LineError(row.line(), "line", withProject
            ? "应有4列(房号,业主姓名,电话,项目),实际为" + f.size() + "列"
            : "应有3列(房号,业主姓名,电话),实际为" + f.size() + "列"));
        continue;
      }
      String unit = f.get(0).trim();
      String name = f.get(1).trim();
      String phone = f.get(2).trim();
      String project = withProject && !f.get(3).isBlank() ? f.get(3).trim() : null;
      int before = errors.size();
      if (unit.isEmpty()) {
        errors.add(new LineError(row.line(), "unit", "请填写房号"));
      } else if (unit.length() > MAX_UNIT) {
        errors.add(new LineError(row.line(), "unit", "房号过长(最多" + MAX_UNIT + "字)"));
      } else if (seen.containsKey(unit)) {
        errors.add(new LineError(row.line(), "unit", "房号与第" + seen.get(unit) + "行重复"));
      }
      if (name.isEmpty()) {
        errors.add(new LineError(row.line(), "owner_name", "请填写业主姓名"));
      } else if (name.length() > MAX_NAME) {
        errors.add(new LineError(row.line(), "owner_name", "业主姓名过长(最多" + MAX_NAME + "字)"));
      }
      if (project != null && project.length() > MAX_PROJECT) {
        errors.add(new LineError(row.line(), "project", "项目名称过长(最多" + MAX_PROJECT + "字)"));
      }
      if (!PhoneNumber.isValid(phone)) {
        errors.add(new LineError(row.line(), "phone", PhoneNumber.INVALID));
      }
      if (!unit.isEmpty()) {
        seen.putIfAbsent(unit, row.line());
      }
      if (errors.size() == before) {
        Optional<OwnerContact> known = findByUnit(unit);
        String current = known.map(OwnerContact::project).orElse(null);
        String future = withProject ? project : current;
        if (!gate.mayWrite(known.isPresent(), current, future)) {
          errors.add(new LineError(row.line(), known.isPresent() && Objects.equals(current, future) ? "unit" : "project",
              "房号 " + unit + (future != null ? "(项目 " + future + ")" : "(未填项目,归默认管理处)")
                  + " 不属于您所在的管理处,无权导入"));
        }
      }
      if (errors.size() == before) {
        owners.add(new OwnerContact(unit, name, phone, project, now));
      }
    }
    if (!errors.isEmpty()) {
      return new ImportResult(0, errors);
    }
    transaction.executeWithoutResult(status -> owners.forEach(owner -> upsert(owner, withProject)));
    return new ImportResult(owners.size(), List.of());
  }

  /** Adds or updates the unit; a CSV without the project column leaves a known unit's project as it was. */
  private void upsert(OwnerContact owner, boolean withProject) {
    Timestamp at = Timestamp.from(owner.updatedAt());
    int updated = withProject
        ? jdbc.update("update hf_owner_unit set owner_name = ?, phone = ?, project = ?, updated_at = ? where unit = ?",
            owner.ownerName(), owner.phone(), owner.project(), at, owner.unit())
        : jdbc.update("update hf_owner_unit set owner_name = ?, phone = ?, updated_at = ? where unit = ?",
            owner.ownerName(), owner.phone(), at, owner.unit());
    if (updated == 0) {
      jdbc.update("insert into hf_owner_unit (unit, owner_name, phone, project, updated_at) values (?, ?, ?, ?, ?)",
          owner.unit(), owner.ownerName(), owner.phone(), owner.project(), at);
    }
  }

  private static List<String> header(CsvRows.Row row) {
    return row.fields().stream().map(s -> s.trim().toLowerCase(java.util.Locale.ROOT)).toList();
  }
}
