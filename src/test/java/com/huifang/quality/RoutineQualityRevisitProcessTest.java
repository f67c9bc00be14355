package com.huifang.quality;

import static com.huifang.quality.RoutineQualityRevisit.Elements.*;
import static com.huifang.quality.RoutineQualityRevisit.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.CaseTenants;
import com.huifang.engine.HuifangProperties;
import com.huifang.owner.OwnerContact;
import com.huifang.owner.OwnerRegister;
import com.huifang.revisit.OwnerRevisit;
import com.huifang.revisit.RevisitBeansForTests;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The monthly routine quality revisits (日常品质回访) on a plain engine with the real delegate, the real draw
 * and the real owner revisit. The owner register is given (its project query is proved in
 * {@code OwnerRegisterSpringTest}); which units were revisited lately is read from this engine's history.
 */
@Deployment(resources = {"processes/routine-quality-revisit.bpmn", "processes/owner-revisit.bpmn",
        "processes/task-due-defaults.dmn"})
class RoutineQualityRevisitProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessTests.engineCovering100PercentExcept("owner-revisit");

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private HistoryService history;
  private final Map<String, List<OwnerContact>> register = new TreeMap<>();

  @BeforeEach
  void registerBeans() {
    ProcessTests.begin(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    history = engine.getHistoryService();
    var properties = new HuifangProperties(null, null, null);
    new RevisitBeansForTests(TestCaseNumbers.sequential("20261201"), properties).registerAll();
    OwnerRegister owners = mock(OwnerRegister.class);
    when(owners.byProject()).thenAnswer(call -> register);
    var service = new RoutineQualityRevisitService(history, owners, properties);
    Mocks.register("drawRoutineRevisitHouseholdsDelegate",
        new DrawRoutineRevisitHouseholdsDelegate(service, TestCaseNumbers.sequential("20261201"),
            mock(CaseTenants.class), 3, 5));
    Mocks.register("startOfficeDrawsDelegate", new StartOfficeDrawsDelegate());
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  /** Three projects: 翠湖花园 with 8 households, 锦绣华庭 with 4, 滨江公寓 with 2. */
  private void threeProjects() {
    register.put("翠湖花园", households("翠湖花园", "1栋", 8));
    register.put("锦绣华庭", households("锦绣华庭", "2栋", 4));
    register.put("滨江公寓", households("滨江公寓", "3栋", 2));
  }

  private static List<OwnerContact> households(String project, String building, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> new OwnerContact(building + (100 + i), "业主" + building + i,
        "1380013800" + (i % 10), project, Instant.EPOCH)).toList();
  }

  private Job timer() {
    return management.createJobQuery().timers().activityId(START).singleResult();
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }

  /** The timer fires at 12:00 on the first of the month. Null once the instance has ended. */
  private ProcessInstance fireTimerOnDecemberFirst() {
    Job job = timer();
    Date due = at(LocalDateTime.of(2026, 12, 1, 12, 0));
    assertThat(job.getDuedate()).isEqualTo(due);
    ClockUtil.setCurrentTime(due);
    management.executeJob(job.getId());
    // the timer's instance starts one draw per office (no office on this bare engine: one draw) and ends
    HistoricProcessInstance monthly = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(RoutineQualityRevisit.KEY).list().stream()
        .filter(p -> START.equals(p.getStartActivityId())).reduce((a, b) -> b).orElseThrow();
    assertThat(monthly.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(monthly.getId()).list())
        .extracting(a -> a.getActivityId()).containsExactlyInAnyOrder(START, START_OFFICE_DRAWS, END_OFFICE_DRAWS_STARTED);
    List<HistoricProcessInstance> draws = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(RoutineQualityRevisit.KEY).startedAfter(new Date(due.getTime() - 1)).list().stream()
        .filter(p -> OFFICE_DRAW.equals(p.getStartActivityId())).toList();
    assertThat(draws).as("one draw for the register without offices").hasSize(1);
    return runtime.createProcessInstanceQuery().processInstanceId(draws.get(0).getId()).singleResult();
  }

  /** "project: unit,unit" lines back into a map. */
  private static Map<String, List<String>> parse(String lines) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String line : lines.split("\n")) {
      String[] parts = line.split(": ?", 2);
      map.put(parts[0], parts.length < 2 || parts[1].isEmpty() ? List.of() : Arrays.asList(parts[1].split(",")));
    }
    return map;
  }

  @Test
  @DisplayName("R7 each month 3–5 households per project are drawn from a stored seed and revisited for quality by customer service")
  void drawsPerProjectAndRevisits() {
    threeProjects();
    ProcessInstance draw = fireTimerOnDecemberFirst();

    assertThat(draw).isWaitingAt(REVISIT).hasPassed(OFFICE_DRAW, DRAW, GATEWAY_ANY_DRAWN);
    Map<String, Object> vars = runtime.getVariables(draw.getId());
    assertThat(vars).containsEntry(MIN.name(), 3).containsEntry(MAX.name(), 5);
    Map<String, List<String>> eligible = parse((String) vars.get(POPULATION.name()));
    Map<String, List<String>> drawn = parse((String) vars.get(DRAWN.name()));
    assertThat(eligible.keySet()).containsExactly("滨江公寓", "翠湖花园", "锦绣华庭");
    assertThat(eligible.get("翠湖花园")).hasSize(8);
    assertThat(drawn.get("翠湖花园")).hasSizeBetween(3, 5).doesNotHaveDuplicates().isSubsetOf(eligible.get("翠湖花园"));
    assertThat(drawn.get("锦绣华庭")).hasSizeBetween(3, 4).isSubsetOf(eligible.get("锦绣华庭"));
    assertThat(drawn.get("滨江公寓")).as("fewer households than the minimum: all of them").hasSize(2);
    // reproducible: the stored seed, eligible units and min/max give the same households again
    assertThat(RoutineQualityRevisitService.pick(eligible, (Long) vars.get(SEED.name()), 3, 5)).isEqualTo(drawn);
    int total = drawn.values().stream().mapToInt(List::size).sum();
    assertThat(vars).containsEntry(DRAWN_COUNT.name(), total);

    List<ProcessInstance> revisits = runtime.createProcessInstanceQuery().superProcessInstanceId(draw.getId()).list();
    assertThat(revisits).hasSize(total);
    assertThat(revisits).extracting(ProcessInstance::getBusinessKey).allMatch(k -> k.startsWith("PZ-20261201-"))
        .doesNotHaveDuplicates();
    for (ProcessInstance revisit : revisits) {
      assertThat(revisit).variables()
          .containsEntry(OwnerRevisit.Vars.CATEGORY.name(), "quality")
          .containsEntry(OwnerRevisit.Vars.GROUP.name(), "customer-service")
          .containsEntry(OwnerRevisit.Vars.CALLER_RECTIFIES.name(), false);
      String unit = (String) runtime.getVariable(revisit.getId(), OwnerRevisit.Vars.UNIT.name());
      assertThat(drawn.values().stream().flatMap(List::stream)).contains(unit);
      assertThat((String) runtime.getVariable(revisit.getId(), OwnerRevisit.Vars.SUBJECT.name()))
          .startsWith("日常品质回访:").endsWith(unit);
      Task task = tasks.createTaskQuery().processInstanceId(revisit.getId()).singleResult();
      assertThat(task.getTaskDefinitionKey()).isEqualTo(OwnerRevisit.Elements.CONDUCT_REVISIT);
      assertThat(task).hasCandidateGroup("customer-service");
      // the owner revisit's own default: due a day after it is opened (the draw)
      assertThat(task.getDueDate()).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
      tasks.complete(task.getId(), Variables.createVariables().putValue("revisitMethod", "onSite")
          .putValue("ownerSigned", true).putValue("satisfaction", "satisfied").putValue("fixEffect", "服务良好"));
    }
    assertThat(draw).isEnded().hasPassed(REVISIT, END_DONE).hasNotPassed(END_NOTHING);
    assertThat(timer().getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 1, 1, 12, 0)));
  }

  @Test
  @DisplayName("R7 a household revisited in the last 3 months is not drawn; after 3 months it may be drawn again")
  void notRevisitedInTheLastThreeMonths() {
    threeProjects();
    ProcessInstance first = fireTimerOnDecemberFirst();
    Map<String, List<String>> firstDrawn = parse((String) runtime.getVariable(first.getId(), DRAWN.name()));

    ProcessInstance second = runtime.startProcessInstanceByMessage(RoutineQualityRevisit.OFFICE_DRAW_MESSAGE);
    Map<String, List<String>> eligible = parse((String) runtime.getVariable(second.getId(), POPULATION.name()));
    firstDrawn.forEach((project, units) -> assertThat(eligible.get(project)).doesNotContainAnyElementsOf(units));
    assertThat(eligible.get("翠湖花园")).hasSize(8 - firstDrawn.get("翠湖花园").size());
    assertThat(eligible.get("滨江公寓")).isEmpty();

    ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 3, 2, 12, 0)));
    ProcessInstance later = runtime.startProcessInstanceByMessage(RoutineQualityRevisit.OFFICE_DRAW_MESSAGE);
    Map<String, List<String>> again = parse((String) runtime.getVariable(later.getId(), POPULATION.name()));
    assertThat(again.get("滨江公寓")).hasSize(2);
    assertThat(again.get("翠湖花园")).containsAll(firstDrawn.get("翠湖花园"));
  }

  @Test
  @DisplayName("R7 a register without projects draws nothing and ends, the draw kept in history")
  void nothingToRevisit() {
    assertThat(fireTimerOnDecemberFirst()).as("ended at once").isNull();
    HistoricProcessInstance draw = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(RoutineQualityRevisit.KEY).list().stream()
        .filter(p -> OFFICE_DRAW.equals(p.getStartActivityId())).findFirst().orElseThrow();
    assertThat(draw.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(draw.getId()).list())
        .extracting(a -> a.getActivityId()).contains(OFFICE_DRAW, DRAW, GATEWAY_ANY_DRAWN, END_NOTHING)
        .doesNotContain(REVISIT, END_DONE);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(draw.getId()).list())
        .extracting(v -> v.getName()).contains(SEED.name(), POPULATION.name(), DRAWN.name(), DRAWN_COUNT.name());
  }
}
