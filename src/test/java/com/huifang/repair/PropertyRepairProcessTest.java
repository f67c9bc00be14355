package com.huifang.repair;

import static com.huifang.repair.Repair.Elements.*;
import static com.huifang.repair.Repair.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.complaint.ShiftBeansForTests;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import com.huifang.owner.OwnerContact;
import com.huifang.owner.OwnerRegister;
import com.huifang.revisit.RevisitBeansForTests;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * One test per path of a property repair request (P1–P4), on a plain engine with the real listeners, the real
 * service-level table, complaint handling's real office-hours listener and the real owner revisit. Every timer's due
 * date is asserted before it fires.
 */
@Deployment(resources = {
    "processes/property-repair.bpmn", "processes/repair-service-level.dmn",
    "processes/owner-revisit.bpmn", "processes/task-due-defaults.dmn"})
class PropertyRepairProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept("owner-revisit");

  static final Instant NOW = ProcessTests.NOW; // Monday 10:00 in Shanghai, in office hours

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
    var caseNumbers = TestCaseNumbers.sequential("20261123");
    OwnerRegister owners = mock(OwnerRegister.class);
    when(owners.findByUnit("3栋2单元1101")).thenReturn(Optional.of(new OwnerContact("3栋2单元1101", "王建国", "13800138000",
        null, null)));
    var steps = new RepairSteps(caseNumbers, owners, properties);
    Mocks.register("prepareRepairRequestListener", new PrepareRepairRequestListener(steps));
    Mocks.register("repairNightIntakeListener", new NightIntakeListener(steps));
    Mocks.register("applyRepairServiceLevelListener", new ApplyRepairServiceLevelListener(steps));
    Mocks.register("recordRepairArrivalListener", new RecordArrivalListener(steps));
    Mocks.register("recordRepairWorkOrderListener", new RecordWorkOrderListener(steps));
    Mocks.register("checkRepairRecordListener", new CheckRepairRecordListener(steps));
    ShiftBeansForTests.register(properties);
    new RevisitBeansForTests(caseNumbers, properties).registerAll();
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  // --- helpers ------------------------------------------------------------------------------------

  private static VariableMap intake(String faultKind, String urgency, String place) {
    return Variables.createVariables().putValue(CHANNEL.name(), "hotline").putValue(OWNER_NAME.name(), "王建国")
        .putValue(UNIT.name(), "3栋2单元1101").putValue(PLACE.name(), place).putValue(FAULT_KIND.name(), faultKind)
        .putValue(DESCRIPTION.name(), "卫生间水管漏水").putValue(URGENCY.name(), urgency).putValue("initiator", "kefu");
  }

  private ProcessInstance receive(VariableMap intake) {
    return runtime.startProcessInstanceByKey(Repair.KEY, intake);
  }

  private Task taskAt(ProcessInstance pi, String activityId) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private Job timer(ProcessInstance pi, String activityId) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    assertThat(job).as("timer " + activityId).isNotNull();
    return job;
  }

  private void fire(Job job) {
    ClockUtil.setCurrentTime(Date.from(job.getDuedate().toInstant().plusSeconds(1)));
    management.executeJob(job.getId());
  }

  private Object var(ProcessInstance pi, Object name) {
    return runtime.getVariable(pi.getId(), name.toString());
  }

  /** A variable of an ended case, from history. */
  private Object ended(ProcessInstance pi, Object name) {
    return engine.getProcessEngine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name.toString()).singleResult().getValue();
  }

  private void arrive(ProcessInstance pi) {
    complete(taskAt(pi, ARRIVE), Variables.createVariables().putValue(TECHNICIAN.name(), "郭亮")
        .putValue(FINDINGS.name(), "进水软管老化破裂"));
  }

  private void workOrder(ProcessInstance pi, boolean fixed) {
    complete(taskAt(pi, WORK_ORDER), Variables.createVariables().putValue(WORK_DONE.name(), "更换进水软管")
        .putValue(MATERIALS.name(), "不锈钢编织软管 1 根").putValue(LABOUR.name(), "1人 0.5小时")
        .putValue(FIXED.name(), fixed).putValue(OWNER_SIGNED.name(), fixed));
  }

  private void checkRecord(ProcessInstance pi, boolean solved) {
    complete(taskAt(pi, CHECK_RECORD), Variables.createVariables().putValue(RECORD_SOLVED.name(), solved)
        .putValue(CHECK_NOTE.name(), solved ? null : "维修单写明水压测试未做"));
  }

  /** The shared owner revisit called from here: by phone, by the customer-service center. */
  private void revisit(ProcessInstance pi, String satisfaction) {
    ProcessInstance revisit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    assertThat(revisit.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    assertThat(task(revisit)).hasCandidateGroup("customer-service");
    complete(task(revisit), Variables.createVariables().putValue("revisitMethod", "phone")
        .putValue("satisfaction", satisfaction).putValue("fixEffect", "不再漏水"));
  }

  // --- paths --------------------------------------------------------------------------------------

  @Test
  @DisplayName("P1 P2 P3 P4 by day: numbered WX-, engineering on site within 24 h, one visit fixed and signed, record solved, revisited by phone, closed")
  void dayRepairFixedAtOnce() {
    ProcessInstance pi = receive(intake("doorWindow", "ordinary", "indoor"));

    assertThat(pi.getBusinessKey()).isEqualTo("WX-20261123-0001"); // P1: a number of its own kind
    assertThat(var(pi, OWNER_PHONE)).isEqualTo("13800138000"); // from the owner register
    assertThat(var(pi, FIRST_CONTACT)).isEqualTo("kefu"); // 首问责任制
    assertThat(var(pi, RECEIVED_IN_OFFICE_HOURS)).isEqualTo(true);
    // P2: engineering by default, an ordinary repair on site within 24 hours of receipt
    Task arrive = taskAt(pi, ARRIVE);
    assertThat(arrive).hasCandidateGroup("dept-engineering")
        .hasDueDate(Date.from(NOW.plus(Duration.ofHours(24))));
    assertThat(timer(pi, RESPONSE_MISSED).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(24))));
    assertThat(timer(pi, RESPONSE_STILL_MISSED).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(28))));

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(2))));
    arrive(pi);
    assertThat(var(pi, RESPONDED_IN_TIME)).isEqualTo(true);
    assertThat(var(pi, ARRIVED_AT)).isEqualTo(Date.from(NOW.plus(Duration.ofHours(2))));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero(); // arrived: no escalation

    assertThat(taskAt(pi, WORK_ORDER)).hasCandidateGroup("dept-engineering");
    workOrder(pi, true);
    assertThat(var(pi, WORK_VISITS)).isEqualTo(1);
    assertThat(var(pi, COMPLETED_AT)).isNotNull();
    assertThat(taskAt(pi, CHECK_RECORD)).hasCandidateGroup("customer-service");
    checkRecord(pi, true);
    assertThat((String) var(pi, REVISIT_SUBJECT)).startsWith("报修回访:门窗五金").doesNotContain("有偿");
    revisit(pi, "satisfied");

    assertThat(pi).isEnded().hasPassed(END_CLOSED);
  }

  @Test
  @DisplayName("P1 P2 at night the control center takes it and records what it did; a burst pipe is urgent: on site within 30 minutes")
  void nightIntakeByTheControlCenter() {
    Instant night = Instant.parse("2026-11-23T14:30:00Z"); // 22:30 in Shanghai
    ClockUtil.setCurrentTime(Date.from(night));
    ProcessInstance pi = receive(intake("water", "ordinary", "indoor")); // taken as ordinary; the table knows better

    assertThat(var(pi, RECEIVED_IN_OFFICE_HOURS)).isEqualTo(false);
    Task nightTask = taskAt(pi, NIGHT_INTAKE);
    assertThat(nightTask).hasCandidateGroup("control-center").hasDueDate(Date.from(night.plus(Duration.ofMinutes(30))));
    assertThatThrownBy(() -> tasks.complete(nightTask.getId(), Map.of()))
        .isInstanceOf(InvalidInput.Refused.class).hasMessageContaining(NIGHT_DISPOSAL.name());
    complete(nightTask, Variables.createVariables().putValue(NIGHT_DISPOSAL.name(), "已通知值班维修工郭亮,业主先关闭总阀"));

    // P2: water is urgent whatever the intake said, and the clock runs from receipt
    assertThat(var(pi, URGENCY_APPLIED)).isEqualTo("urgent");
    assertThat(var(pi, URGENCY_LABEL)).isEqualTo("紧急");
    assertThat(taskAt(pi, ARRIVE)).hasCandidateGroup("dept-engineering")
        .hasDueDate(Date.from(night.plus(Duration.ofMinutes(30))));
  }

  @Test
  @DisplayName("P2 a missed response gives the supervisor a task, and an hour later the office manager; the technician still arrives")
  void missedResponseEscalates() {
    ProcessInstance pi = receive(intake("lift", "urgent", "public"));
    assertThat(var(pi, DEPARTMENT_GROUP)).isEqualTo("dept-engineering");

    Job missed = timer(pi, RESPONSE_MISSED);
    assertThat(missed.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(30))));
    fire(missed);
    Task supervisor = taskAt(pi, SUPERVISOR_ENSURE);
    assertThat(supervisor).hasCandidateGroup("duty-supervisor");
    assertThat(taskAt(pi, ARRIVE)).isNotNull(); // non-interrupting: the department still has to go

    Job stillMissed = timer(pi, RESPONSE_STILL_MISSED);
    assertThat(stillMissed.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(90))));
    fire(stillMissed);
    Task manager = taskAt(pi, MANAGER_ENSURE);
    assertThat(manager).hasCandidateGroup("office-manager");

    complete(supervisor, Variables.createVariables().putValue("urgeNote", "已催工程部,15分钟内到"));
    complete(manager, Variables.createVariables().putValue("urgeNote", "已向业主致歉"));
    arrive(pi);
    assertThat(var(pi, RESPONDED_IN_TIME)).isEqualTo(false); // K6: counted as a late response
    workOrder(pi, true);
    checkRecord(pi, true);
    revisit(pi, "fairlySatisfied");
    assertThat(pi).isEnded().hasPassed(END_SUPERVISOR_URGED, END_MANAGER_URGED, END_CLOSED);
  }

  @Test
  @DisplayName("P2 an ordinary repair the owner wants at a later time is due then; cleaning goes to the cleaning department")
  void ownersPreferredTime() {
    ProcessInstance pi = receive(intake("cleaning", "ordinary", "public")
        .putValue(PREFERRED_TIME, "2026-11-25T14:00:00+08:00"));
    assertThat(var(pi, PREFERRED_TIME_TEXT)).isEqualTo("2026-11-25 14:00");
    assertThat(taskAt(pi, ARRIVE)).hasCandidateGroup("dept-cleaning")
        .hasDueDate(Date.from(Instant.parse("2026-11-25T06:00:00Z")));
  }

  @Test
  @DisplayName("P3 R2 a chargeable indoor repair: price agreed first; not fixed, the same order goes on; the owner's attitude when not signing; the revisit checks the price")
  void chargeableRepairOverTwoVisits() {
    ProcessInstance pi = receive(intake("water", "urgent", "indoor"));
    Task arrive = taskAt(pi, ARRIVE);
    // P3: a paid repair needs the price agreed with the owner first
    assertThatThrownBy(() -> tasks.complete(arrive.getId(), Map.of(TECHNICIAN.name(), "郭亮", FINDINGS.name(), "阀芯损坏",
        CHARGEABLE.name(), true, AGREED_PRICE.name(), "80.005")))
        .isInstanceOf(InvalidInput.Refused.class).hasMessageContaining(AGREED_PRICE.name())
        .hasMessageContaining(PRICE_AGREED_WITH_OWNER.name());
    complete(arrive, Variables.createVariables().putValue(TECHNICIAN.name(), "郭亮").putValue(FINDINGS.name(), "阀芯损坏")
        .putValue(CHARGEABLE.name(), true).putValue(AGREED_PRICE.name(), "80").putValue(PRICE_AGREED_WITH_OWNER.name(), true));
    assertThat(var(pi, AGREED_PRICE)).isEqualTo("80.00");

    workOrder(pi, false); // parts missing: not fixed
    assertThat(var(pi, WORK_VISITS)).isEqualTo(1);
    assertThat(var(pi, COMPLETED_AT)).isNull();
    Task second = taskAt(pi, WORK_ORDER); // the same order, a second visit
    assertThat(second).isNotNull();
    assertThatThrownBy(() -> tasks.complete(second.getId(), Map.of(WORK_DONE.name(), "更换阀芯", LABOUR.name(), "1人1小时",
        FIXED.name(), true)))
        .isInstanceOf(InvalidInput.Refused.class).hasMessageContaining(OWNER_SIGNED.name());
    complete(second, Variables.createVariables().putValue(WORK_DONE.name(), "更换阀芯").putValue(LABOUR.name(), "1人1小时")
        .putValue(FIXED.name(), true).putValue(OWNER_ATTITUDE.name(), "业主口头确认修好,不愿签字"));
    assertThat(var(pi, WORK_VISITS)).isEqualTo(2);
    assertThat((String) var(pi, WORK_LOG)).contains("第1次").contains("未修好,继续维修").contains("第2次").contains("已修好");

    checkRecord(pi, true);
    assertThat((String) var(pi, REVISIT_SUBJECT)).contains("户内有偿服务,收费 80.00 元");
    revisit(pi, "verySatisfied");
    assertThat(pi).isEnded();
  }

  @Test
  @DisplayName("P3 a repair in a public area is never charged to the owner")
  void publicAreaIsNotChargeable() {
    ProcessInstance pi = receive(intake("facility", "ordinary", "public"));
    Task arrive = taskAt(pi, ARRIVE);
    assertThatThrownBy(() -> tasks.complete(arrive.getId(), Map.of(TECHNICIAN.name(), "郭亮", FINDINGS.name(), "路灯灯泡烧坏",
        CHARGEABLE.name(), true, AGREED_PRICE.name(), "20", PRICE_AGREED_WITH_OWNER.name(), true)))
        .isInstanceOf(InvalidInput.Refused.class).hasMessageContaining(CHARGEABLE.name());
  }

  @Test
  @DisplayName("P4 R5 not solved on the record → back to the department; dissatisfied at the revisit → back again, revisited until satisfied")
  void notSolvedThenDissatisfiedThenSatisfied() {
    ProcessInstance pi = receive(intake("power", "urgent", "indoor"));
    arrive(pi);
    workOrder(pi, true);
    assertThatThrownBy(() -> tasks.complete(taskAt(pi, CHECK_RECORD).getId(), Map.of(RECORD_SOLVED.name(), false)))
        .isInstanceOf(InvalidInput.Refused.class).hasMessageContaining(CHECK_NOTE.name());
    checkRecord(pi, false); // P4: first decide from the record
    workOrder(pi, true);
    checkRecord(pi, true);
    revisit(pi, "dissatisfied");
    assertThat(var(pi, SATISFIED)).isEqualTo(false);
    assertThat(taskAt(pi, WORK_ORDER)).hasCandidateGroup("dept-engineering"); // back to the department
    workOrder(pi, true);
    checkRecord(pi, true);
    revisit(pi, "satisfied");
    assertThat(ended(pi, REVISIT_COUNT)).isEqualTo(2);
    assertThat(ended(pi, WORK_VISITS)).isEqualTo(3);
    assertThat(pi).isEnded().hasPassed(END_CLOSED);
  }

  @Test
  @DisplayName("P1 an incomplete intake is refused field by field in Chinese, and no case starts")
  void incompleteIntakeRefused() {
    VariableMap wrong = Variables.createVariables().putValue(CHANNEL.name(), "revisit").putValue(PLACE.name(), "roof")
        .putValue(FAULT_KIND.name(), "water").putValue(URGENCY.name(), "urgent")
        .putValue(PREFERRED_TIME, "2026-11-22T10:00:00+08:00");
    assertThatThrownBy(() -> receive(wrong)).isInstanceOfSatisfying(InvalidInput.Refused.class, refused ->
        assertThat(refused.errors()).containsEntry(OWNER_NAME.name(), "请填写业主姓名").containsEntry(UNIT.name(), "请填写房号")
            .containsEntry(PLACE.name(), RepairRequest.PLACE_HINT).containsEntry(DESCRIPTION.name(), "请填写报修内容")
            .containsEntry(PREFERRED_TIME, "业主预约的维修时间须晚于现在")
            .containsEntry(ORIGIN_CASE_NUMBER.name(), "回访中提出的报修须注明回访的案件编号"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Repair.KEY).count()).isZero();
  }
}
