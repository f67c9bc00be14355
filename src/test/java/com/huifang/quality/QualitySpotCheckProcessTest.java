package com.huifang.quality;

import static com.huifang.quality.QualitySpotCheck.Elements.*;
import static com.huifang.quality.QualitySpotCheck.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.HuifangProperties;
import com.huifang.revisit.OwnerRevisit;
import com.huifang.revisit.RevisitBeansForTests;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The monthly quality spot check (K4) on a plain engine with the real delegate, the real draw and the
 * real owner revisit. The month's repair orders are given (their query from the property repairs' history is proved on the running application in {@code QualitySpotCheckSpringTest}); which orders were
 * drawn before in the month is read from this engine's history.
 */
@Deployment(resources = {"processes/quality-spot-check.bpmn", "processes/owner-revisit.bpmn",
        "processes/task-due-defaults.dmn"})
class QualitySpotCheckProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessTests.engineCovering100PercentExcept("owner-revisit");

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private HistoryService history;
  private final List<RepairOrder> orders = new ArrayList<>();

  @BeforeEach
  void registerBeans() {
    ProcessTests.begin(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    history = engine.getHistoryService();
    var properties = new HuifangProperties(null, null, null);
    new RevisitBeansForTests(TestCaseNumbers.sequential("20261201"), properties).registerAll();
    var service = new QualitySpotCheckService(history, properties) {
      @Override
      List<RepairOrder> repairOrders(YearMonth month, String office) {
        assertThat(month).isEqualTo(YearMonth.of(2026, 11));
        return List.copyOf(orders);
      }
    };
    Mocks.register("drawSpotCheckSampleDelegate", new DrawSpotCheckSampleDelegate(service));
    Mocks.register("startOfficeSpotChecksDelegate", new StartOfficeSpotChecksDelegate());
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  /** Ten repair orders (维修申请单) of November. */
  private void tenOrders() {
    IntStream.rangeClosed(1, 10).forEach(i -> orders.add(new RepairOrder("order-" + i,
        RepairOrder.PROPERTY_REPAIR,
        "WX-20261105-" + String.format("%04d", i), "业主" + i, i + "栋101",
        "1380013800" + (i % 10), "维修质量抽查回访:漏水" + i)));
  }

  private Job timer() {
    return management.createJobQuery().timers().activityId(START).singleResult();
  }

  /** K4: the timer fires at 12:00 on the first of the month; the draw happens then. Null once it has ended. */
  private ProcessInstance fireTimerOnDecemberFirst() {
    Job job = timer();
    assertThat(job).isNotNull();
    Date due = Date.from(LocalDateTime.of(2026, 12, 1, 12, 0).atZone(ZONE).toInstant());
    assertThat(job.getDuedate()).isEqualTo(due);
    ClockUtil.setCurrentTime(due);
    management.executeJob(job.getId());
    // the timer's instance starts one spot check per office (no office on this bare engine: one) and ends
    HistoricProcessInstance monthly = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(QualitySpotCheck.KEY).list().stream()
        .filter(p -> START.equals(p.getStartActivityId())).reduce((a, b) -> b).orElseThrow();
    assertThat(monthly.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(monthly.getId()).list())
        .extracting(a -> a.getActivityId()).containsExactlyInAnyOrder(START, START_OFFICE_CHECKS, END_OFFICE_CHECKS_STARTED);
    List<HistoricProcessInstance> checks = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(QualitySpotCheck.KEY).startedAfter(new Date(due.getTime() - 1)).list().stream()
        .filter(p -> OFFICE_CHECK.equals(p.getStartActivityId())).toList();
    assertThat(checks).as("one spot check for the engine without offices").hasSize(1);
    return runtime.createProcessInstanceQuery().processInstanceId(checks.get(0).getId()).singleResult();
  }

  private List<ProcessInstance> revisitsOf(ProcessInstance check) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(check.getId()).list();
  }

  private static List<String> ids(String commaSeparated) {
    return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
  }

  @Test
  @DisplayName("K4 on the 1st at noon 30 % of last month's repair orders (rounded up) are drawn from a stored seed and revisited for quality")
  void drawsAndRevisits() {
    tenOrders();
    ProcessInstance check = fireTimerOnDecemberFirst();

    assertThat(check).isWaitingAt(QUALITY_REVISIT).hasPassed(OFFICE_CHECK, DRAW, GATEWAY_ANY_DRAWN);
    Map<String, Object> vars = runtime.getVariables(check.getId());
    assertThat(vars).containsEntry(MONTH.name(), "2026-11").containsEntry(DRAWN_COUNT.name(), 3);
    List<String> population = ids((String) vars.get(POPULATION.name()));
    List<String> drawn = ids((String) vars.get(DRAWN.name()));
    assertThat(population).hasSize(10);
    assertThat(drawn).hasSize(3).doesNotHaveDuplicates().isSubsetOf(population);
    // reproducible: the stored seed and population give the same sample again
    assertThat(SpotCheckSample.draw(population, (Long) vars.get(SEED.name()))).isEqualTo(drawn);

    // one quality revisit per drawn order, by customer service, under the order's case number
    List<ProcessInstance> revisits = revisitsOf(check);
    assertThat(revisits).hasSize(3);
    List<String> expectedKeys = orders.stream().filter(o -> drawn.contains(o.id())).map(RepairOrder::caseNumber).toList();
    assertThat(revisits).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrderElementsOf(expectedKeys);
    for (ProcessInstance revisit : revisits) {
      assertThat(revisit).variables()
          .containsEntry(OwnerRevisit.Vars.CATEGORY.name(), QualitySpotCheck.REVISIT_CATEGORY)
          .containsEntry(OwnerRevisit.Vars.GROUP.name(), "customer-service")
          .containsEntry(OwnerRevisit.Vars.CALLER_RECTIFIES.name(), false);
      assertThat((String) runtime.getVariable(revisit.getId(), OwnerRevisit.Vars.SUBJECT.name()))
          .startsWith("维修质量抽查回访:");
      Task task = tasks.createTaskQuery().processInstanceId(revisit.getId()).singleResult();
      assertThat(task.getTaskDefinitionKey()).isEqualTo(OwnerRevisit.Elements.CONDUCT_REVISIT);
      // the owner revisit's own default: due a day after it is opened (the draw)
      assertThat(task.getDueDate()).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
      tasks.complete(task.getId(), Variables.createVariables().putValue("revisitMethod", "phone")
          .putValue("satisfaction", "satisfied").putValue("fixEffect", "维修质量良好"));
    }
    assertThat(check).isEnded().hasPassed(QUALITY_REVISIT, END_DONE).hasNotPassed(END_NOTHING);
    // the cycle goes on: the next draw is on 1 January at noon
    assertThat(timer().getDuedate())
        .isEqualTo(Date.from(LocalDateTime.of(2027, 1, 1, 12, 0).atZone(ZONE).toInstant()));
  }

  @Test
  @DisplayName("K4 a second spot check in the same month never draws an order drawn before")
  void neverTwiceInAMonth() {
    tenOrders();
    ProcessInstance first = fireTimerOnDecemberFirst();
    List<String> firstDrawn = ids((String) runtime.getVariable(first.getId(), DRAWN.name()));

    ProcessInstance second = runtime.startProcessInstanceByMessage(QualitySpotCheck.OFFICE_CHECK_MESSAGE);
    List<String> population = ids((String) runtime.getVariable(second.getId(), POPULATION.name()));
    List<String> secondDrawn = ids((String) runtime.getVariable(second.getId(), DRAWN.name()));
    assertThat(population).hasSize(7).doesNotContainAnyElementsOf(firstDrawn);
    assertThat(secondDrawn).hasSize(3).doesNotContainAnyElementsOf(firstDrawn); // 30 % of 7, rounded up
    assertThat(revisitsOf(second)).hasSize(3);
  }

  @Test
  @DisplayName("K4 a month without repair orders draws nothing and ends")
  void nothingToCheck() {
    assertThat(fireTimerOnDecemberFirst()).as("ended at once").isNull();
    HistoricProcessInstance check = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(QualitySpotCheck.KEY).list().stream()
        .filter(p -> OFFICE_CHECK.equals(p.getStartActivityId())).findFirst().orElseThrow();
    assertThat(check.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(check.getId()).list())
        .extracting(a -> a.getActivityId()).contains(OFFICE_CHECK, DRAW, GATEWAY_ANY_DRAWN, END_NOTHING)
        .doesNotContain(QUALITY_REVISIT, END_DONE);
    var vars = history.createHistoricVariableInstanceQuery().processInstanceId(check.getId()).list();
    assertThat(vars).anySatisfy(v -> {
      assertThat(v.getName()).isEqualTo(DRAWN_COUNT.name());
      assertThat(v.getValue()).isEqualTo(0);
    });
    assertThat(vars).extracting(v -> v.getName()).contains(SEED.name(), POPULATION.name(), DRAWN.name());
  }
}
