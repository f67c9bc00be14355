package com.huifang.kpi;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The read model of the revisit KPIs (V6): one row per ended complaint-handling instance
 * ({@code hf_kpi_complaint}) and one per completed 回访业主 round ({@code hf_kpi_revisit}), with exactly the
 * facts K1–K3, K5 and K6 count. Inserts are idempotent (a row that is there stays as it is), so the listener,
 * the start-up backfill and the catch-up of a report may meet on one row without a double.
 */
@Repository
class KpiReadModel {

  private final JdbcTemplate jdbc;

  KpiReadModel(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What K1 and K6 need of an ended complaint-handling instance. */
  record ComplaintRow(String processInstanceId, Date closedAt, boolean complaint, String severity,
      boolean revisitable, boolean revisited, boolean answeredInTime, boolean resolvedInTime) {}

  /**
   * What K2, K3 and K5 need of one completed 回访业主 round; {@code line} is whose revisit it is ({@link RevisitLine}: the
   * property office's own, the mall desk's or the renovation company's).
   */
  record RevisitRow(String taskId, String processInstanceId, Date completedAt, String method, boolean ownerSigned,
      String satisfaction, String line) {}

  /** The complaints (not suggestions) of a period with one severity (null: none recorded). */
  record SeverityCounts(String severity, long closed, long revisitable, long revisited, long answeredInTime,
      long resolvedInTime) {}

  /** How many rounds of a period had this method, signature and satisfaction, of one line ({@link RevisitLine}). */
  record RoundCount(String method, boolean ownerSigned, String satisfaction, long count, String line) {

    RoundCount(String method, boolean ownerSigned, String satisfaction, long count) {
      this(method, ownerSigned, satisfaction, count, RevisitLine.PROPERTY.id());
    }
  }

  /** An ended instance or completed task of history that has no row yet. */
  record Missing(String id, String processInstanceId, Date endTime) {}

  /** Inserts the row unless one for the instance is there; true when inserted. */
  boolean insert(ComplaintRow row) {
    return jdbc.update("""
        insert into hf_kpi_complaint (proc_inst_id, closed_at, is_complaint, severity, revisitable, revisited,
          answered_in_time, resolved_in_time)
        select cast(? as varchar(64)), cast(? as timestamp), cast(? as boolean), cast(? as varchar(16)),
          cast(? as boolean), cast(? as boolean), cast(? as boolean), cast(? as boolean)
        where not exists (select 1 from hf_kpi_complaint where proc_inst_id = ?)""",
        row.processInstanceId(), timestamp(row.closedAt()), row.complaint(), row.severity(), row.revisitable(),
        row.revisited(), row.answeredInTime(), row.resolvedInTime(), row.processInstanceId()) == 1;
  }

  /** Inserts the row unless one for the task is there; true when inserted. */
  boolean insert(RevisitRow row) {
    return jdbc.update("""
        insert into hf_kpi_revisit (task_id, proc_inst_id, completed_at, method, owner_signed, satisfaction,
          revisit_line)
        select cast(? as varchar(64)), cast(? as varchar(64)), cast(? as timestamp), cast(? as varchar(32)),
          cast(? as boolean), cast(? as varchar(32)), cast(? as varchar(16))
        where not exists (select 1 from hf_kpi_revisit where task_id = ?)""",
        row.taskId(), row.processInstanceId(), timestamp(row.completedAt()), row.method(), row.ownerSigned(),
        row.satisfaction(), row.line(), row.taskId()) == 1;
  }

  /**
   * The rows of one project only: the case's {@code unit} (as its history keeps it) is a unit of that project in the
   * owner register (V5). A case whose unit the register does not know, or knows without a project, counts for the
   * company but for no project.
   */
  private static final String OF_PROJECT = "\n and exists (select 1 from ACT_HI_VARINST v"
      + " join hf_owner_unit o on o.unit = v.TEXT_"
      + " where v.PROC_INST_ID_ = k.proc_inst_id and v.NAME_ = 'unit' and o.project = ?)";

  /**
   * K1, K6: the complaints closed in [start, end), counted per severity; of the given offices only (the tenant of
   * the row's instance in history), or of the whole company when {@code offices} is null; of one project of the
   * owner register, or of all when {@code project} is null.
   */
  List<SeverityCounts> complaintCounts(Date start, Date end, List<String> offices, String project) {
    return jdbc.query("""
        select severity, count(*),
          sum(case when revisitable then 1 else 0 end),
          sum(case when revisitable and revisited then 1 else 0 end),
          sum(case when answered_in_time then 1 else 0 end),
          sum(case when resolved_in_time then 1 else 0 end)
        from hf_kpi_complaint k
        where closed_at >= ? and closed_at < ? and is_complaint""" + ofOffices(offices) + ofProject(project) + """

        group by severity""",
        (rs, i) -> new SeverityCounts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
            rs.getLong(6)),
        arguments(start, end, offices, project));
  }

  /**
   * K2, K3, K5: the rounds completed in [start, end), counted per line, method, signature and satisfaction; offices and
   * project as above. A row without a line (written before V15 knew lines) is the property office's.
   */
  List<RoundCount> roundCounts(Date start, Date end, List<String> offices, String project) {
    return jdbc.query("""
        select method, owner_signed, satisfaction, count(*), coalesce(revisit_line, 'property')
        from hf_kpi_revisit k
        where completed_at >= ? and completed_at < ?""" + ofOffices(offices) + ofProject(project) + """

        group by coalesce(revisit_line, 'property'), method, owner_signed, satisfaction""",
        (rs, i) -> new RoundCount(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getLong(4), rs.getString(5)),
        arguments(start, end, offices, project));
  }

  /** The condition that the row's instance belongs to one of the offices (its tenant in history); none for the company. */
  private static String ofOffices(List<String> offices) {
    return offices == null ? "" : """

          and exists (select 1 from ACT_HI_PROCINST p where p.ID_ = k.proc_inst_id and p.TENANT_ID_ in (%s))"""
        .formatted(String.join(", ", java.util.Collections.nCopies(Math.max(1, offices.size()), "?")));
  }

  private static String ofProject(String project) {
    return project == null ? "" : OF_PROJECT;
  }

  private static Object[] arguments(Date start, Date end, List<String> offices, String project) {
    List<Object> arguments = new java.util.ArrayList<>(List.of(timestamp(start), timestamp(end)));
    if (offices != null) {
      arguments.addAll(offices.isEmpty() ? java.util.Collections.singletonList(null) : offices);
    }
    if (project != null) {
      arguments.add(project);
    }
    return arguments.toArray();
  }

  /**
   * Ended instances of {@code processKey} that have no row: ended before the read model existed, or on a node
   * without it.
   */
  List<Missing> endedWithoutRow(String processKey) {
    return jdbc.query("""
        select p.ID_, p.END_TIME_ from ACT_HI_PROCINST p
        where p.PROC_DEF_KEY_ = ? and p.END_TIME_ is not null
          and not exists (select 1 from hf_kpi_complaint k where k.proc_inst_id = p.ID_)""",
        (rs, i) -> new Missing(rs.getString(1), rs.getString(1), rs.getTimestamp(2)), processKey);
  }

  /** Completed tasks of {@code taskKey} in {@code processKey} that have no row. */
  List<Missing> completedTasksWithoutRow(String processKey, String taskKey) {
    return jdbc.query("""
        select t.ID_, t.PROC_INST_ID_, t.END_TIME_ from ACT_HI_TASKINST t
        where t.PROC_DEF_KEY_ = ? and t.TASK_DEF_KEY_ = ? and t.END_TIME_ is not null
          and t.DELETE_REASON_ = 'completed'
          and not exists (select 1 from hf_kpi_revisit r where r.task_id = t.ID_)""",
        (rs, i) -> new Missing(rs.getString(1), rs.getString(2), rs.getTimestamp(3)), processKey, taskKey);
  }

  private static Timestamp timestamp(Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }
}
