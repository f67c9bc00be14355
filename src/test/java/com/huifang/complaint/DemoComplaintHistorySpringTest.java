package com.huifang.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.DemoSpringTestBase;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.kpi.KpiFigure;
import com.huifang.kpi.KpiReport;
import com.huifang.kpi.KpiService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Demo mode writes the past 12 months' closed complaints with their revisits (issue 21), so that the dashboard's trends
 * have a point in every month on first start; once per database, with the engine's clock running again afterwards.
 */
class DemoComplaintHistorySpringTest extends DemoSpringTestBase {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired KpiService kpis;
  @Autowired DemoComplaintHistory demoHistory;

  private List<HistoricProcessInstance> historyCases() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(Complaint.KEY)
        .variableValueEquals(HuifangProperties.Demo.HISTORY_MARKER, true).list();
  }

  @Test
  @DisplayName("K1 K2 K3 K5 K6 demo mode: each of the past 12 months has closed, revisited complaints, so every trend has points")
  void everyMonthHasPoints() {
    YearMonth thisMonth = YearMonth.now(ZONE);
    List<HistoricProcessInstance> cases = historyCases();
    assertThat(cases).isNotEmpty().allSatisfy(c -> assertThat(c.getEndTime()).as(c.getBusinessKey()).isNotNull());
    List<KpiFigure> answeredInTime = new ArrayList<>();
    for (int back = 11; back >= 1; back--) {
      YearMonth month = thisMonth.minusMonths(back);
      KpiReport report = kpis.report(month.atDay(1), month.plusMonths(1).atDay(1));
      assertThat(report.revisitRate().denominator()).as(month + " K1").isGreaterThanOrEqualTo(2);
      assertThat(report.revisitRate().value()).as(month + " K1").isNotNull();
      assertThat(report.onSiteWithSignature().denominator()).as(month + " K2").isGreaterThanOrEqualTo(2);
      assertThat(report.satisfaction().value()).as(month + " K5").isNotNull();
      assertThat(report.serviceLevel().get(0).resolvedInTime().value()).as(month + " K6").isNotNull();
      answeredInTime.add(report.serviceLevel().get(0).answeredInTime());
      assertThat(closedIn(cases, month)).as(month + " history cases").isBetween(2L, 4L);
    }
    // the trend moves: some months answered late, some not, and the important complaints every third month
    assertThat(answeredInTime).anySatisfy(f -> assertThat(f.missed()).isTrue())
        .anySatisfy(f -> assertThat(f.missed()).isFalse());
    assertThat(cases.stream().filter(c -> "important".equals(variable(c, "severity")))).hasSize(3);
    // this month: one complaint closed shortly before start (unless the month began less than 2 hours before)
    Instant monthStart = thisMonth.atDay(1).atStartOfDay(ZONE).toInstant();
    if (Duration.between(monthStart, Instant.now()).toHours() >= 3) {
      KpiReport report = kpis.report(thisMonth.atDay(1), thisMonth.plusMonths(1).atDay(1));
      assertThat(report.revisitRate().denominator()).as("this month K1").isGreaterThanOrEqualTo(1);
      assertThat(closedIn(cases, thisMonth)).as("this month's history cases").isEqualTo(1);
    }
  }

  @Test
  @DisplayName("K1 demo mode: the history's complaints fall into both projects of the demo register, each counted once")
  void historyPerProject() {
    YearMonth thisMonth = YearMonth.now(ZONE);
    LocalDate from = thisMonth.minusMonths(11).atDay(1);
    LocalDate to = thisMonth.atDay(1);
    KpiReport north = kpis.report(from, to, null, "翠湖花园");
    KpiReport south = kpis.report(from, to, null, "锦绣华庭");
    assertThat(north.revisitRate().denominator()).isPositive();
    assertThat(south.revisitRate().denominator()).isPositive();
    long closed = historyCases().stream().filter(c -> !c.getEndTime().before(date(from)) && c.getEndTime().before(date(to)))
        .count();
    assertThat(north.revisitRate().denominator() + south.revisitRate().denominator()).isEqualTo(closed);
    assertThat(north.satisfaction()).isNotEqualTo(south.satisfaction());
  }

  @Test
  @DisplayName("K1 demo mode: the history is written once per database, not a demo case of today's queues, and the clock runs again")
  void once() {
    List<HistoricProcessInstance> before = historyCases();
    demoHistory.run();
    assertThat(historyCases()).hasSameSizeAs(before);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceIds(before.stream().map(HistoricProcessInstance::getId).collect(java.util.stream.Collectors.toSet()))
        .variableValueEquals(HuifangProperties.Demo.MARKER, true).count()).isZero();
    assertThat(Duration.between(EngineClock.now(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
  }

  private long closedIn(List<HistoricProcessInstance> cases, YearMonth month) {
    Date start = date(month.atDay(1));
    Date end = date(month.plusMonths(1).atDay(1));
    return cases.stream().filter(c -> !c.getEndTime().before(start) && c.getEndTime().before(end)).count();
  }

  private Object variable(HistoricProcessInstance c, String name) {
    var v = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(c.getId())
        .variableName(name).list();
    return v.isEmpty() ? null : v.get(0).getValue();
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }
}
