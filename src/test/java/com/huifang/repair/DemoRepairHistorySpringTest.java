package com.huifang.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.DemoSpringTestBase;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.kpi.KpiFigure;
import com.huifang.kpi.KpiReport;
import com.huifang.kpi.KpiService;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Demo mode writes the past 12 months' closed repair requests with their revisits (issue 21), so that the dashboard's
 * repair rows have a point in every month on first start; once per database, with the engine's clock running again.
 */
class DemoRepairHistorySpringTest extends DemoSpringTestBase {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired KpiService kpis;
  @Autowired DemoRepairHistory demoHistory;

  private List<HistoricProcessInstance> historyCases() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(Repair.KEY)
        .variableValueEquals(HuifangProperties.Demo.HISTORY_MARKER, true).list();
  }

  @Test
  @DisplayName("K6 K7 P4 demo mode: each of the past 12 months has closed, revisited repair requests, some urgent ones late")
  void everyMonthHasRepairPoints() {
    YearMonth thisMonth = YearMonth.now(ZONE);
    List<HistoricProcessInstance> cases = historyCases();
    assertThat(cases).isNotEmpty().allSatisfy(c -> assertThat(c.getEndTime()).as(c.getBusinessKey()).isNotNull());
    List<KpiFigure> urgentInTime = new ArrayList<>();
    for (int back = 11; back >= 1; back--) {
      YearMonth month = thisMonth.minusMonths(back);
      KpiReport report = kpis.report(month.atDay(1), month.plusMonths(1).atDay(1));
      assertThat(report.repairRevisitRate().denominator()).as(month + " K7").isGreaterThanOrEqualTo(2);
      assertThat(report.repairRevisitRate().value()).as(month + " K7").isNotNull();
      KpiFigure urgent = report.repairResponse().stream().filter(r -> "urgent".equals(r.urgency())).findFirst()
          .orElseThrow().respondedInTime();
      assertThat(urgent.denominator()).as(month + " K6 urgent").isGreaterThanOrEqualTo(1);
      urgentInTime.add(urgent);
      assertThat(closedIn(cases, month)).as(month + " history repairs").isBetween(2L, 3L);
    }
    // the trend moves: the urgent pipe was on site late every third month, in time the others
    assertThat(urgentInTime).anySatisfy(f -> assertThat(f.missed()).isTrue())
        .anySatisfy(f -> assertThat(f.missed()).isFalse());
    // the owner not satisfied every fourth month: revisited twice
    assertThat(cases).anySatisfy(c -> assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(c.getId()).count()).isEqualTo(2));
  }

  @Test
  @DisplayName("K7 demo mode: the repair history is written once per database, not a demo case of today's queues, and the clock runs again")
  void once() {
    List<HistoricProcessInstance> before = historyCases();
    demoHistory.run();
    assertThat(historyCases()).hasSameSizeAs(before);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceIds(before.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet()))
        .variableValueEquals(HuifangProperties.Demo.MARKER, true).count()).isZero();
    assertThat(Duration.between(EngineClock.now(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
  }

  private long closedIn(List<HistoricProcessInstance> cases, YearMonth month) {
    Date start = Date.from(month.atDay(1).atStartOfDay(ZONE).toInstant());
    Date end = Date.from(month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant());
    return cases.stream().filter(c -> !c.getEndTime().before(start) && c.getEndTime().before(end)).count();
  }
}
