package com.huifang.warranty;

import static com.huifang.warranty.Warranty.Elements.*;
import static com.huifang.warranty.Warranty.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.CaseNumberService;
import com.huifang.engine.HuifangProperties;
import com.huifang.revisit.RevisitBeansForTests;
import com.huifang.warranty.Warranty.RepairElements;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per rule and path of renovation warranty revisits and repairs (W1–W7), on a plain engine with
 * the real listeners, the real cost table and the real owner revisit. Every timer's due date is asserted
 * before it is fired.
 */
@Deployment(resources = {
    "processes/renovation-warranty.bpmn", "processes/warranty-repair.bpmn", "processes/warranty-repair-cost.dmn",
    "processes/warranty-repair-request.bpmn",
    "processes/owner-revisit.bpmn",
    "processes/task-due-defaults.dmn"})
class WarrantyProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept("owner-revisit");

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = ProcessTests.NOW;
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;

  @BeforeEach
  void registerBeans() {
    ProcessTests.begin(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    var properties = new HuifangProperties(null, null, null);
    CaseNumberService caseNumbers = TestCaseNumbers.sequential("20261123");
    var steps = new WarrantySteps(caseNumbers, properties, com.huifang.engine.WorkingDays.builtIn());
    Mocks.register("prepareWarrantyListener", new PrepareWarrantyListener(steps));
    Mocks.register("prepareRepairListener", new PrepareRepairListener(steps));
    Mocks.register("recordRepairListener", new RecordRepairListener(steps));
    Mocks.register("recordRepairReportListener", new RecordRepairReportListener(steps));
    Mocks.register("applyRepairCostListener", new ApplyRepairCostListener());
    Mocks.register("recordRevisitChecklistListener", new RecordRevisitChecklistListener(steps));
    new RevisitBeansForTests(caseNumbers, properties).registerAll();
    Mocks.register("forwardRepairRequestDelegate", new ForwardRepairRequestDelegate(new WarrantyService(runtime,
        engine.getHistoryService(), engine.getIdentityService(), properties)));
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  // --- helpers ------------------------------------------------------------------------------------

  private ProcessInstance register(LocalDate handover, Object workKinds, Map<String, Object> extra) {
    VariableMap variables = Variables.createVariables()
        .putValue(PROJECT_NAME.name(), "3栋2单元1101 室内装饰工程").putValue(OWNER_NAME.name(), "王建国")
        .putValue(UNIT.name(), "3栋2单元1101").putValue(OWNER_PHONE.name(), "13800138000")
        .putValue(HANDOVER_DATE, handover == null ? null : handover.toString()).putValue(WORK_KINDS, workKinds)
        .putValue("initiator", "weixiu");
    variables.putAll(extra);
    return runtime.startProcessInstanceByKey(Warranty.KEY, variables);
  }

  private static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant());
  }

  private List<Job> revisitTimers(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(REVISIT_DUE).list().stream()
        .sorted(Comparator.comparing(Job::getDuedate)).toList();
  }

  private Job timer(ProcessInstance pi, String activityId) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    assertThat(job).as("timer " + activityId).isNotNull();
    return job;
  }

  private void fire(Job job) {
    if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(Date.from(job.getDuedate().toInstant().plusSeconds(1)));
    }
    management.executeJob(job.getId());
  }

  private Task taskAt(ProcessInstance pi, String activityId) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private ProcessInstance subOf(ProcessInstance pi) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
  }

  /** The owner revisit called from here: by phone, with the owner's satisfaction. */
  private void revisitOwner(ProcessInstance caller, String satisfaction) {
    ProcessInstance revisit = subOf(caller);
    assertThat(revisit.getBusinessKey()).isEqualTo(caller.getBusinessKey());
    assertThat(task(revisit)).hasCandidateGroup(Warranty.GROUP)
        .hasDueDate(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
    complete(task(revisit), Variables.createVariables().putValue("revisitMethod", "phone")
        .putValue("satisfaction", satisfaction).putValue("fixEffect", "使用正常"));
  }

  /** Fires the next revisit timer, records the checklist of its kind and revisits the owner. */
  private String runNextRevisit(ProcessInstance pi) {
    Job next = revisitTimers(pi).get(0);
    fire(next);
    Task checklist = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(checklist).hasCandidateGroup(Warranty.GROUP).hasDueDate(next.getDuedate()); // W2-W5: on its date
    String kind = (String) tasks.getVariable(checklist.getId(), "revisitKind");
    complete(checklist, checklistDone());
    ProcessInstance revisit = runtime.createProcessInstanceQuery().processDefinitionKey("owner-revisit")
        .processInstanceBusinessKey(pi.getBusinessKey()).active().singleResult();
    complete(task(revisit), Variables.createVariables().putValue("revisitMethod", "phone")
        .putValue("satisfaction", "satisfied").putValue("fixEffect", "使用正常"));
    return checklist.getTaskDefinitionKey() + ":" + kind;
  }

  private static VariableMap checklistDone() {
    return Variables.createVariables().putValue("tileFindings", "无回潮、泛碱,砖面完好")
        .putValue("cleaningAdviceGiven", true).putValue("woodFindings", "木制品表面正常")
        .putValue("monitoringPointsChecked", true).putValue("wiringRetested", true)
        .putValue("onSiteRecord", "监测点正常,设备运行正常");
  }

  private ProcessInstance requestRepair(ProcessInstance pi, String fault) {
    runtime.createMessageCorrelation(Warranty.REPAIR_MESSAGE).processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable(FAULT_DESCRIPTION.name(), fault).correlateWithResult();
    return runtime.createProcessInstanceQuery().processDefinitionKey(Warranty.REPAIR_KEY)
        .processInstanceBusinessKey(pi.getBusinessKey()).active().list().stream()
        .filter(r -> fault.equals(runtime.getVariable(r.getId(), FAULT_DESCRIPTION.name()))).findFirst().orElseThrow();
  }

  private void dispatchAndInspect(ProcessInstance repair) {
    complete(taskAt(repair, RepairElements.DISPATCH), Variables.createVariables().putValue(TECHNICIAN.name(), "郭亮")
        .putValue("visitAt", "2026-11-24T09:00+08:00"));
    // W6: the inspection is due at the visit time agreed with the owner
    assertThat(taskAt(repair, RepairElements.INSPECT)).hasCandidateGroup(Warranty.GROUP)
        .hasDueDate(Date.from(Instant.parse("2026-11-24T01:00:00Z")));
    complete(taskAt(repair, RepairElements.INSPECT), Variables.createVariables()
        .putValue(INSPECTION_FINDINGS.name(), "卫生间墙砖空鼓两块"));
  }

  private void repair(ProcessInstance repair, boolean ownerConfirms) {
    complete(taskAt(repair, RepairElements.REPAIR), Variables.createVariables()
        .putValue(REPAIR_WORK.name(), "重新铺贴空鼓墙砖").putValue(OWNER_CONFIRMS_REPAIRED.name(), ownerConfirms));
  }

  private VariableMap report(String cause) {
    return Variables.createVariables().putValue(CAUSE.name(), cause).putValue(CAUSE_DESCRIPTION.name(), "粘结砂浆不饱满")
        .putValue(MEASURES.name(), "铲除后满浆重贴").putValue(RELIABILITY.name(), "满浆铺贴,不再空鼓")
        .putValue(REPORT_PRINTED.name(), true).putValue(OWNER_SIGNED_REPORT.name(), true);
  }

  // --- registration and schedule --------------------------------------------------------------------

  @Test
  @DisplayName("W1 W2 W3 W4 W5 W7 every revisit date and the warranty end count from the handover date")
  void scheduleFromHandover() {
    LocalDate handover = LocalDate.of(2026, 11, 20);
    ProcessInstance pi = register(handover, List.of("tile", "wood", "stone"), Map.of());

    assertThat(pi.getBusinessKey()).isEqualTo("BX-20261123-0001");
    assertThat(pi).isWaitingAt(REVISIT_DUE).variables()
        .containsEntry(CASE_NUMBER.name(), "BX-20261123-0001").containsEntry(WARRANTY_YEARS, 2) // W1 default
        .containsEntry(WORK_KINDS, "tile,wood,stone").containsEntry(WORK_KINDS_LABEL.name(), "墙地砖、木作、石材")
        .containsEntry(HANDOVER_DATE_TEXT.name(), "2026-11-20").containsEntry(WARRANTY_END_TEXT.name(), "2028-11-20");
    List<Date> dues = revisitTimers(pi).stream().map(Job::getDuedate).toList();
    assertThat(dues).containsExactly(
        at(LocalDate.of(2026, 12, 1), 9),   // W3 winter begins
        at(LocalDate.of(2027, 1, 19), 9),   // W2 handover + 60 days
        at(LocalDate.of(2027, 3, 1), 9),    // W3 spring
        at(LocalDate.of(2027, 5, 20), 9),   // W4 on site at 6 months
        at(LocalDate.of(2027, 6, 1), 9),    // W3 summer
        at(LocalDate.of(2027, 9, 1), 9),    // W3 autumn; 2027-12-01 is after the first year
        at(LocalDate.of(2027, 11, 22), 9),  // W5 12 months: 20 November 2027 is a Saturday, so the Monday after
        at(LocalDate.of(2028, 5, 22), 9));  // W5 18 months, a Saturday too; 24 months is the warranty end
    // W7: the warranty ends at handover + 2 years, and nothing is due now
    assertThat(timer(pi, WARRANTY_ENDS).getDuedate()).isEqualTo(at(LocalDate.of(2028, 11, 20), 0));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("W2 W3 tile work only: a 60-day tile revisit and no wood revisits; a longer period adds half-yearly revisits")
  void tileOnlyHasNoWoodRevisits() {
    ProcessInstance pi = register(LocalDate.of(2026, 11, 20), "tile", Map.of(WARRANTY_YEARS, 3L));

    List<String> kinds = revisitTimers(pi).stream()
        .map(job -> (String) runtime.getVariable(job.getExecutionId(), "revisitKind")).toList();
    assertThat(kinds).containsExactly("tile", "onSite", "halfYear", "halfYear", "halfYear", "halfYear")
        .doesNotContain("wood");
    assertThat(timer(pi, WARRANTY_ENDS).getDuedate()).isEqualTo(at(LocalDate.of(2029, 11, 20), 0));

    // W2: the tile revisit asks about damp, efflorescence, cracks and warping, and gives cleaning advice
    fire(revisitTimers(pi).get(0));
    Task tile = taskAt(pi, TILE_REVISIT);
    assertThat(tile).hasDueDate(at(LocalDate.of(2027, 1, 19), 9)); // W2: due on its date, 60 days after handover
    assertThatThrownBy(() -> complete(tile, Variables.createVariables().putValue("tileFindings", "无异常")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("cleaningAdviceGiven");
    complete(tile, checklistDone());
    revisitOwner(pi, "satisfied");
    assertThat(pi).hasPassed(TILE_REVISIT, REVISIT_OWNER).hasNotPassed(WOOD_REVISIT);
  }

  @Test
  @DisplayName("W1 a registration without handover date, with a future one, without work or with a bad phone is refused")
  void registrationRefused() {
    assertThatThrownBy(() -> register(null, List.of(), Map.of(OWNER_PHONE.name(), "12345")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("handoverDate: 请填写竣工交付日期").hasMessageContaining("workKinds: 请至少选择一项施工项目")
        .hasMessageContaining("ownerPhone: 联系电话格式不正确");
    assertThatThrownBy(() -> register(TODAY.plusDays(1), List.of("tile"), Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("竣工交付日期不能晚于今天");
    assertThatThrownBy(() -> register(TODAY.minusYears(2), List.of("tile"), Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("保修期已满");
    assertThatThrownBy(() -> register(TODAY, List.of("marble"), Map.of(WARRANTY_YEARS, 0L)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("未知的施工项目:marble")
        .hasMessageContaining("保修期须为1到10年");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Warranty.KEY).count()).isZero();
  }

  @Test
  @DisplayName("W2 a revisit whose day falls in the National Day holiday is due on the first working day after it, and the task says so")
  void revisitOnAHolidayMovesToTheNextWorkingDay() {
    ProcessInstance pi = register(LocalDate.of(2026, 8, 2), "tile", Map.of()); // + 60 days = 1 October 2026
    management.createJobQuery().processInstanceId(pi.getId()).activityId(REVISIT_DUE).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
    Task tile = taskAt(pi, TILE_REVISIT);
    assertThat(tile).hasDueDate(at(LocalDate.of(2026, 10, 8), 9));
    assertThat(tasks.getVariable(tile.getId(), "revisitDateText"))
        .isEqualTo("2026年10月8日(原定 10月1日(国庆节),顺延至 10月8日)");
    assertThat((String) tasks.getVariable(tile.getId(), "revisitSubject")).endsWith("原定 10月1日(国庆节),顺延至 10月8日)");
  }

  @Test
  @DisplayName("W2 W3 W4 W5 a late registration: revisits whose date has passed fall due at once, the rest keep their dates")
  void lateRegistrationFiresPastRevisitsAtOnce() {
    LocalDate handover = TODAY.minusMonths(13); // 2025-10-23
    // as Tasklist's checklist sends it: a JSON array
    ProcessInstance pi = register(handover, Variables.serializedObjectValue("[\"tile\",\"wood\"]")
        .serializationDataFormat("application/json").objectTypeName("java.util.ArrayList").create(), Map.of());

    List<Job> due = management.createJobQuery().processInstanceId(pi.getId()).activityId(REVISIT_DUE).executable().list();
    assertThat(due).hasSize(7); // tile, 4 wood, on site, 12 months
    assertThat(due).allSatisfy(job -> assertThat(job.getDuedate()).isBefore(Date.from(NOW)));
    assertThat(revisitTimers(pi)).extracting(Job::getDuedate).contains(at(LocalDate.of(2025, 12, 22), 9),
        at(LocalDate.of(2025, 12, 1), 9), at(LocalDate.of(2026, 4, 23), 9), at(LocalDate.of(2026, 10, 23), 9),
        at(LocalDate.of(2027, 4, 23), 9));
    due.forEach(job -> management.executeJob(job.getId())); // what the job executor does at once
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TILE_REVISIT).count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(WOOD_REVISIT).count()).isEqualTo(4);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ON_SITE_REVISIT).count()).isEqualTo(2);
    // each is due on its own date, long past: 已超时 shows them, overdue by how much (the tile one by 11 months)
    assertThat(taskAt(pi, TILE_REVISIT)).hasDueDate(at(LocalDate.of(2025, 12, 22), 9));
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(WOOD_REVISIT).list())
        .extracting(Task::getDueDate).containsExactlyInAnyOrder(at(LocalDate.of(2025, 12, 1), 9),
            at(LocalDate.of(2026, 3, 2), 9), // spring began on a Sunday: due the Monday after
            at(LocalDate.of(2026, 6, 1), 9), at(LocalDate.of(2026, 9, 1), 9));
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ON_SITE_REVISIT).list())
        .extracting(Task::getDueDate).containsExactlyInAnyOrder(at(LocalDate.of(2026, 4, 23), 9),
            at(LocalDate.of(2026, 10, 23), 9));
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).dueBefore(Date.from(NOW)).count()).isEqualTo(7);
    // the 18-month revisit keeps its date, and the warranty end its own
    assertThat(revisitTimers(pi)).singleElement().extracting(Job::getDuedate).isEqualTo(at(LocalDate.of(2027, 4, 23), 9));
    assertThat(timer(pi, WARRANTY_ENDS).getDuedate()).isEqualTo(at(LocalDate.of(2027, 10, 23), 0));
  }

  @Test
  @DisplayName("W3 W4 W5 W7 every revisit done in turn (wood by phone, on site, half-yearly), then the case closes at the warranty end with no job left")
  void allRevisitsThenWarrantyEnds() {
    ProcessInstance pi = register(LocalDate.of(2026, 11, 20), List.of("wood", "glass"), Map.of(WARRANTY_YEARS, 1L));

    assertThat(runNextRevisit(pi)).isEqualTo(WOOD_REVISIT + ":wood");   // 2026-12-01
    assertThat(runNextRevisit(pi)).isEqualTo(WOOD_REVISIT + ":wood");   // 2027-03-01
    assertThat(runNextRevisit(pi)).isEqualTo(ON_SITE_REVISIT + ":onSite"); // 2027-05-20
    assertThat(runNextRevisit(pi)).isEqualTo(WOOD_REVISIT + ":wood");   // 2027-06-01
    assertThat(runNextRevisit(pi)).isEqualTo(WOOD_REVISIT + ":wood");   // 2027-09-01
    assertThat(revisitTimers(pi)).isEmpty(); // one year: no half-yearly revisit before the end

    // W7: the revisits are done; the case waits for the warranty end, then closes
    assertThat(pi).isWaitingAt(AWAIT_WARRANTY_END);
    Job end = timer(pi, AWAIT_WARRANTY_END);
    assertThat(end.getDuedate()).isEqualTo(at(LocalDate.of(2027, 11, 20), 0));
    fire(end);
    assertThat(pi).isEnded().hasPassed(END_WARRANTY_ENDED).hasNotPassed(WARRANTY_ENDS);
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(management.createJobQuery().count()).isZero();
  }

  @Test
  @DisplayName("W7 the warranty end closes the case with revisits still open or scheduled: nothing stays active, nothing fires after")
  void warrantyEndClosesOpenRevisits() {
    ProcessInstance pi = register(TODAY.minusMonths(13), List.of("tile"), Map.of());
    management.createJobQuery().processInstanceId(pi.getId()).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isEqualTo(3); // tile, on site, 12 months

    Job end = timer(pi, WARRANTY_ENDS);
    assertThat(end.getDuedate()).isEqualTo(at(LocalDate.of(2027, 10, 23), 0));
    fire(end);

    assertThat(pi).isEnded().hasPassed(WARRANTY_ENDS, END_WARRANTY_ENDED);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(management.createJobQuery().count()).isZero();
    // a repair request now finds no open case to correlate with: the after-warranty repair takes it (API test)
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("W4 the on-site revisit books the next visit: at that time the on-site revisit comes back, then the owner is revisited; answers stay with their revisit")
  void onSiteBooksNextVisit() {
    ProcessInstance pi = register(TODAY.minusMonths(7), List.of("glass"), Map.of()); // on site was due a month ago
    Job onSite = revisitTimers(pi).get(0);
    assertThat(onSite.getDuedate()).isEqualTo(at(TODAY.minusMonths(1), 9));
    fire(onSite);

    Task first = taskAt(pi, ON_SITE_REVISIT);
    assertThat(first).hasDueDate(at(TODAY.minusMonths(1), 9)); // W4: due on its date, a month ago
    assertThatThrownBy(() -> complete(first, checklistDone().putValue("nextVisitAt", "2026-11-01T10:00+08:00")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("nextVisitAt");
    complete(first, checklistDone().putValue("deformationFound", true).putValue("fixPlan", "玻璃隔断胶条老化,下周更换")
        .putValue("nextVisitAt", "2026-11-30T10:00+08:00").putValue("nextVisitContent", "复查玻璃隔断胶条"));

    Job booked = timer(pi, NEXT_VISIT_DUE);
    assertThat(booked.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-30T02:00:00Z")));
    fire(booked);
    Task second = taskAt(pi, ON_SITE_REVISIT);
    assertThat(second).hasCandidateGroup(Warranty.GROUP).hasDueDate(booked.getDuedate()); // at the booked time
    complete(second, checklistDone().putValue("nextVisitAt", null));

    assertThat(pi).hasPassed(NEXT_VISIT_DUE).isWaitingAt(REVISIT_DUE); // the next half-yearly revisit
    revisitOwner(pi, "satisfied");
    assertThat(pi).hasPassed(REVISIT_OWNER);
    // the checklist answers belong to this revisit, not to the case where parallel revisits would overwrite them
    assertThat(runtime.getVariable(pi.getId(), "fixPlan")).isNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("fixPlan").list()).extracting(v -> v.getValue()).containsOnlyOnce("玻璃隔断胶条老化,下周更换");
  }

  // --- repairs --------------------------------------------------------------------------------------

  @Test
  @DisplayName("W6 a repair not dispatched within 2 days is escalated to the office manager; the dispatch stays open")
  void repairDispatchEscalates() {
    ProcessInstance pi = register(TODAY.minusMonths(2), List.of("tile"), Map.of());
    ProcessInstance repair = requestRepair(pi, "卫生间墙砖空鼓");

    assertThat(repair.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    assertThat(repair).variables().containsEntry(IN_WARRANTY.name(), true)
        .containsEntry(OWNER_NAME.name(), "王建国").containsEntry(WARRANTY_END_TEXT.name(), TODAY.minusMonths(2).plusYears(2).toString());
    Date twoDays = Date.from(NOW.plusSeconds(2 * 24 * 3600));
    assertThat(taskAt(repair, RepairElements.DISPATCH)).hasCandidateGroup(Warranty.GROUP).hasDueDate(twoDays);
    Job overdue = timer(repair, RepairElements.DISPATCH_OVERDUE);
    assertThat(overdue.getDuedate()).isEqualTo(twoDays);
    fire(overdue);

    // already late: the office manager urges within the hour (task-due-defaults: escalation)
    assertThat(taskAt(repair, RepairElements.URGE_DISPATCH)).hasCandidateGroup(Warranty.ESCALATION_GROUP)
        .hasDueDate(Date.from(twoDays.toInstant().plusSeconds(1).plus(Duration.ofHours(1))));
    assertThat(taskAt(repair, RepairElements.DISPATCH)).isNotNull();
    complete(taskAt(repair, RepairElements.URGE_DISPATCH), Variables.createVariables().putValue("urgeNote", "已督促今日上门"));
    assertThat(repair).hasPassed(RepairElements.END_URGED).isWaitingAt(RepairElements.DISPATCH);
    // dispatched through the REST API without a visit time: the inspection is due by the 2-day mark (W6), past
    complete(taskAt(repair, RepairElements.DISPATCH), Variables.createVariables().putValue(TECHNICIAN.name(), "郭亮"));
    assertThat(taskAt(repair, RepairElements.INSPECT)).hasDueDate(twoDays);
  }

  @Test
  @DisplayName("W6 in warranty, construction fault: inspected, repaired twice until the owner confirms, reported in two signed copies, free, then revisited")
  void constructionFaultInWarrantyIsFree() {
    ProcessInstance pi = register(TODAY.minusMonths(2), List.of("tile"), Map.of());
    ProcessInstance repair = requestRepair(pi, "卫生间墙砖空鼓");
    dispatchAndInspect(repair);

    // each round of repair is due within task-due-defaults' repair time, two days
    assertThat(taskAt(repair, RepairElements.REPAIR)).hasDueDate(Date.from(NOW.plus(Duration.ofDays(2))));
    repair(repair, false); // not yet fully repaired: a second visit
    assertThat(taskAt(repair, RepairElements.REPAIR)).hasCandidateGroup(Warranty.GROUP)
        .hasDueDate(Date.from(NOW.plus(Duration.ofDays(2))));
    repair(repair, true);
    assertThat(repair).variables().containsEntry(REPAIR_VISITS.name(), 2);

    // the report needs the owner's signature and two printed copies
    assertThatThrownBy(() -> complete(taskAt(repair, RepairElements.REPORT), report("constructionFault")
        .putValue(OWNER_SIGNED_REPORT.name(), false).putValue(REPORT_PRINTED.name(), null)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("ownerSignedReport")
        .hasMessageContaining("reportPrintedTwoCopies");
    assertThat(taskAt(repair, RepairElements.REPORT)).hasDueDate(Date.from(NOW.plus(Duration.ofDays(1))));
    complete(taskAt(repair, RepairElements.REPORT), report("constructionFault"));

    assertThat(repair).variables().containsEntry(COST_RULE.name(), "free")
        .containsEntry(COST_RULE_LABEL.name(), "保修期内施工原因:免费维修");
    assertThat(repair).isWaitingAt(RepairElements.REVISIT_OWNER);
    assertThat(subOf(repair)).variables().containsEntry("revisitCategory", "repair")
        .containsEntry("revisitSubject", "维修回访:卫生间墙砖空鼓(保修期内施工原因:免费维修)");
    revisitOwner(repair, "verySatisfied");

    assertThat(repair).isEnded().hasPassed(RepairElements.END_CLOSED).variables().containsEntry(SATISFIED.name(), true);
    assertThat(pi).hasPassed(CALL_REPAIR, END_REPAIR_DONE).isNotEnded(); // the case stays open until the warranty ends
  }

  @Test
  @DisplayName("W6 W7 a repair requested in warranty is finished after the warranty end under the in-warranty rule; the case keeps no timer and closes with it")
  void repairRunningAtWarrantyEnd() {
    ProcessInstance pi = register(TODAY.minusMonths(23), List.of("stone"), Map.of());
    ProcessInstance repair = requestRepair(pi, "门槛石开裂");
    dispatchAndInspect(repair);

    fire(timer(pi, WARRANTY_ENDS));
    assertThat(pi).hasPassed(END_WARRANTY_ENDED).isNotEnded();
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    // while the repair runs, the case's repair message start is still subscribed; the API therefore decides
    // in-warranty by the warranty end date, not by the subscription (WarrantyService.reportRepair)
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);

    repair(repair, true);
    complete(taskAt(repair, RepairElements.REPORT), report("constructionFault"));
    assertThat(repair).variables().containsEntry(COST_RULE.name(), "free");
    revisitOwner(repair, "satisfied");
    assertThat(pi).isEnded();
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("W6 in warranty, other cause: explain and help; a dissatisfied owner at the revisit gets another repair and revisit")
  void otherCauseExplainAndHelp() {
    ProcessInstance pi = register(TODAY.minusMonths(2), List.of("wood"), Map.of());
    ProcessInstance repair = requestRepair(pi, "衣柜门变形");
    dispatchAndInspect(repair);
    repair(repair, true);
    complete(taskAt(repair, RepairElements.REPORT), report("other"));
    assertThat(repair).variables().containsEntry(COST_RULE.name(), "explainAndHelp");

    revisitOwner(repair, "dissatisfied");
    assertThat(repair).isWaitingAt(RepairElements.REPAIR); // R5: repaired again, then revisited again
    repair(repair, true);
    complete(taskAt(repair, RepairElements.REPORT), report("other"));
    assertThat(subOf(repair)).variables().containsEntry("revisitRound", 2);
    revisitOwner(repair, "satisfied");
    assertThat(repair).isEnded().variables().containsEntry("revisitCount", 2);
  }

  @Test
  @DisplayName("W6 after the warranty a repair is still accepted, as its own process under the case number: main materials charged")
  void afterWarrantyMainMaterialsCharged() {
    ProcessInstance repair = runtime.startProcessInstanceByKey(Warranty.REPAIR_KEY, "BX-20241001-0001",
        Variables.createVariables().putValue(FAULT_DESCRIPTION.name(), "木地板起拱").putValue(IN_WARRANTY.name(), false)
            .putValue(OWNER_NAME.name(), "王建国").putValue(UNIT.name(), "3栋2单元1101"));
    assertThat(repair).variables().containsEntry(CASE_NUMBER.name(), "BX-20241001-0001");
    dispatchAndInspect(repair);
    repair(repair, true);
    complete(taskAt(repair, RepairElements.REPORT), report("constructionFault"));

    assertThat(repair).variables().containsEntry(COST_RULE.name(), "mainMaterialsCharged")
        .containsEntry(COST_RULE_LABEL.name(), "保修期满:仍保证维修,只收主要材料费");
    revisitOwner(repair, "satisfied");
    assertThat(repair).isEnded().hasPassed(RepairElements.REVISIT_OWNER, RepairElements.END_CLOSED);

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(Warranty.REPAIR_KEY, "BX-20241001-0001",
        Variables.createVariables().putValue(IN_WARRANTY.name(), false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请填写报修内容");
  }

  // --- W6 repair requests from Tasklist --------------------------------------------------------------

  private ProcessInstance requestRepair(String caseNumber, String fault) {
    return runtime.startProcessInstanceByKey(Warranty.REPAIR_REQUEST_KEY, Variables.createVariables()
        .putValue(CASE_NUMBER.name(), caseNumber).putValue(FAULT_DESCRIPTION.name(), fault).putValue("initiator", "weixiu"));
  }

  @Test
  @DisplayName("W6 a repair request from Tasklist's start form goes to its case in warranty, runs on its own after it, and an unknown case starts nothing")
  void repairRequestFromTasklist() {
    ProcessInstance warranty = register(TODAY.minusDays(30), List.of("tile"), Map.of());

    ProcessInstance inWarranty = requestRepair(warranty.getBusinessKey(), "卫生间墙砖空鼓");
    assertThat(inWarranty).isEnded().hasPassed("ServiceTask_ForwardRepairRequest").variables()
        .containsEntry(IN_WARRANTY.name(), true);
    ProcessInstance repair = runtime.createProcessInstanceQuery().processDefinitionKey(Warranty.REPAIR_KEY)
        .superProcessInstanceId(warranty.getId()).singleResult();
    assertThat(repair).isNotNull().isWaitingAt("UserTask_DispatchTechnician");
    assertThat(inWarranty.getBusinessKey()).isEqualTo(warranty.getBusinessKey());

    assertThatThrownBy(() -> requestRepair("BX-19990101-0001", "门变形"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("caseNumber");
    assertThatThrownBy(() -> requestRepair("随便", " "))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("faultDescription");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Warranty.REPAIR_KEY).count()).isEqualTo(1);

    // after the warranty end the case is closed; the request is still accepted, on the after-warranty rule
    ProcessInstance ended = register(TODAY.minusDays(10), List.of("wood"), Map.of());
    fire(timer(ended, WARRANTY_ENDS));
    assertThat(ended).isEnded();
    ProcessInstance afterWarranty = requestRepair(ended.getBusinessKey(), "地板起拱");
    assertThat(afterWarranty).variables().containsEntry(IN_WARRANTY.name(), false);
    ProcessInstance ownRepair = runtime.createProcessInstanceQuery().processDefinitionKey(Warranty.REPAIR_KEY)
        .processInstanceBusinessKey(ended.getBusinessKey()).singleResult();
    assertThat(ownRepair).isNotNull().isWaitingAt("UserTask_DispatchTechnician").variables()
        .containsEntry(IN_WARRANTY.name(), false);
  }
}
