package com.huifang.kpi;

import static com.huifang.complaint.Complaint.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPI read model (V6): written in the transaction that closes a complaint or completes a revisit round,
 * filled from history where a row is missing, never twice. Each test uses a far-future week of its own.
 */
class KpiReadModelSpringTest extends HistoryFixture {

  @Autowired KpiService kpis;
  @Autowired KpiBackfill backfill;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("K1 K2 K5 K6 R7 closing a complaint writes its row, each completed revisit round its own")
  void writtenAtClose() {
    LocalDate monday = ownWeek();
    clockAt(monday, Duration.ZERO);
    ProcessInstance a = closedAfterTwoRounds();
    // b: answered 2 h after receipt (general: due within 1 h), then ended by hand before its revisit
    clockAt(monday, Duration.ofHours(1));
    ProcessInstance b = receive(false);
    classify(b, "general");
    clockAt(monday, Duration.ofHours(3));
    answer(b);
    engine.getRuntimeService().deleteProcessInstance(b.getId(), "业主撤回投诉");

    assertThat(complaintRow(a)).containsExactly(true, "general", true, true, true, true);
    // b was never resolved, and its answer came late
    assertThat(complaintRow(b)).containsExactly(true, "general", true, false, false, false);
    assertThat(roundsOf(a)).containsExactly(List.of("onSite", true, "dissatisfied"), List.of("phone", false, "satisfied"));
    assertThat(count("hf_kpi_complaint", a) + count("hf_kpi_complaint", b)).isEqualTo(2);
  }

  @Test
  @DisplayName("K1 K2 K3 K5 K6 rows missing (closed before V6) are filled from history at start-up, with the same figures")
  void backfillFillsMissingRows() {
    LocalDate monday = ownWeek();
    clockAt(monday, Duration.ZERO);
    ProcessInstance a = closedAfterTwoRounds();
    KpiReport written = kpis.report(monday, monday.plusWeeks(1));
    List<Object> complaint = complaintRow(a);
    List<List<Object>> rounds = roundsOf(a);

    // as on a database from before the read model: the case and its rounds have no rows
    jdbc.update("delete from hf_kpi_complaint where proc_inst_id = ?", a.getId());
    jdbc.update("delete from hf_kpi_revisit where proc_inst_id in (" + revisitsOf(a) + ")");
    assertThat(count("hf_kpi_complaint", a)).isZero();
    assertThat(roundsOf(a)).isEmpty();

    backfill.run();

    assertThat(complaintRow(a)).isEqualTo(complaint);
    assertThat(roundsOf(a)).isEqualTo(rounds);
    assertThat(kpis.report(monday, monday.plusWeeks(1))).isEqualTo(written);
    assertThat(written.revisitRate().numerator()).isEqualTo(1);
    assertThat(written.onSiteWithSignature().numerator()).isEqualTo(1);
    assertThat(written.onSiteWithSignature().denominator()).isEqualTo(2);
    assertThat(written.satisfaction().numerator()).isEqualTo(1);
  }

  @Test
  @DisplayName("K1 K6 a complaint ended in Cockpit with custom listeners skipped still writes its row, once")
  void endedWithoutCustomListeners() {
    LocalDate monday = ownWeek();
    clockAt(monday, Duration.ZERO);
    ProcessInstance c = receive(false);
    classify(c, "important");
    complete(c, INFORM_AT_ONCE, Map.of("acknowledgement", "已知悉"));
    answer(c);
    resolve(c);
    report(c);
    // Cockpit's cancel with "skip custom listeners" ticked: the model's end listener does not run
    engine.getRuntimeService().deleteProcessInstance(c.getId(), "重复登记", true);

    assertThat(complaintRow(c)).containsExactly(true, "important", true, false, true, true);
    assertThat(count("hf_kpi_complaint", c)).isEqualTo(1);
    KpiReport report = kpis.report(monday, monday.plusWeeks(1));
    assertThat(report.revisitRate().numerator()).isZero();
    assertThat(report.revisitRate().denominator()).isEqualTo(1);
    assertThat(report.serviceLevel().get(1).answeredInTime().numerator()).isEqualTo(1);
    assertThat(report.serviceLevel().get(1).resolvedInTime().denominator()).isEqualTo(1);
  }

  @Test
  @DisplayName("R7 no double rows: the listener and repeated backfills write each case and round once")
  void noDoubleRows() {
    LocalDate monday = ownWeek();
    clockAt(monday, Duration.ZERO);
    ProcessInstance a = closedAfterTwoRounds();
    KpiReport first = kpis.report(monday, monday.plusWeeks(1));

    backfill.run();
    backfill.run();
    assertThat(backfill.fillComplaints()).isZero();
    assertThat(backfill.fillRevisitRounds()).isZero();

    assertThat(count("hf_kpi_complaint", a)).isEqualTo(1);
    assertThat(roundsOf(a)).hasSize(2);
    assertThat(kpis.report(monday, monday.plusWeeks(1))).isEqualTo(first);
    assertThat(first.revisitRate().denominator()).isEqualTo(1);
    assertThat(first.onSiteWithSignature().denominator()).isEqualTo(2);
  }

  /** A general complaint answered and resolved in time, revisited on site (不满意, signed), rectified, then by phone (满意). */
  private ProcessInstance closedAfterTwoRounds() {
    ProcessInstance a = receive(false);
    classify(a, "general");
    workThroughTwoRevisits(a);
    complete(a, INFORM_FIRST_CONTACT, Map.of());
    return a;
  }

  private List<Object> complaintRow(ProcessInstance pi) {
    return jdbc.queryForObject("""
        select is_complaint, severity, revisitable, revisited, answered_in_time, resolved_in_time
        from hf_kpi_complaint where proc_inst_id = ?""",
        (rs, i) -> List.<Object>of(rs.getBoolean(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
            rs.getBoolean(5), rs.getBoolean(6)), pi.getId());
  }

  private List<List<Object>> roundsOf(ProcessInstance complaint) {
    return jdbc.query("select method, owner_signed, satisfaction from hf_kpi_revisit where proc_inst_id in ("
            + revisitsOf(complaint) + ") order by completed_at, method",
        (rs, i) -> List.<Object>of(rs.getString(1), rs.getBoolean(2), rs.getString(3)));
  }

  /** The quoted ids of the owner revisits the complaint called. */
  private String revisitsOf(ProcessInstance complaint) {
    return String.join(",", engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(complaint.getId()).list().stream().map(p -> "'" + p.getId() + "'").toList());
  }

  private int count(String table, ProcessInstance pi) {
    return jdbc.queryForObject("select count(*) from " + table + " where proc_inst_id = ?", Integer.class, pi.getId());
  }
}
