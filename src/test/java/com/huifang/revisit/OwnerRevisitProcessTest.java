package com.huifang.revisit;

import static com.huifang.revisit.OwnerRevisit.Elements.*;
import static com.huifang.revisit.OwnerRevisit.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.mock;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.CaseNumberService;
import com.huifang.engine.HuifangProperties;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per path through the owner revisit (R1–R7), on a plain in-memory
 * engine with the real listeners and delegates; only the database-backed case numbers are stubbed.
 * Every flow node and sequence flow must be covered; a new issue (R4) is handed to a recording intake.
 */
@Deployment(resources = {
    "processes/owner-revisit.bpmn",
    "forms/owner-revisit-start.form", "forms/owner-revisit-conduct.form",
    "forms/owner-revisit-rectify.form",
    "revisit-caller.bpmn",
    "processes/task-due-defaults.dmn"})
class OwnerRevisitProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept("revisit-caller");

  static final Instant NOW = ProcessTests.NOW;

  private RuntimeService runtime;
  private TaskService tasks;
  private HistoryService history;
  private RevisitBeansForTests revisitBeans;

  @BeforeEach
  void registerBeans() {
    ProcessTests.begin(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    history = engine.getHistoryService();
    var properties = new HuifangProperties(null, null, null);
    CaseNumberService caseNumbers = TestCaseNumbers.sequential("20261123");
    revisitBeans = new RevisitBeansForTests(caseNumbers, properties);
    revisitBeans.registerAll();
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  private ProcessInstance startRevisit(Map<String, Object> extra) {
    VariableMap variables = Variables.createVariables()
        .putValue(OWNER_NAME.name(), "王建国")
        .putValue(UNIT.name(), "3栋2单元1101")
        .putValue(OWNER_PHONE.name(), "13800138000")
        .putValue(SUBJECT.name(), "厨房漏水维修后回访")
        .putValue(CATEGORY.name(), "repair");
    variables.putAll(extra);
    return runtime.startProcessInstanceByKey(OwnerRevisit.KEY, variables);
  }

  private static VariableMap revisit(String method, String satisfaction) {
    return Variables.createVariables()
        .putValue(METHOD.name(), method)
        .putValue(SATISFACTION.name(), satisfaction)
        .putValue(FIX_EFFECT.name(), "已修复,无渗漏");
  }

  @Test
  @DisplayName("R1 R3 R7 a phone revisit of a satisfied owner ends satisfied and is recorded as a phone revisit")
  void phoneRevisitSatisfied() {
    ProcessInstance pi = startRevisit(Map.of());

    assertThat(pi).isWaitingAt(CONDUCT_REVISIT);
    assertThat(pi.getBusinessKey()).isEqualTo("HF-20261123-0001");
    assertThat(task(pi)).hasCandidateGroup("customer-service")
        .hasDueDate(Date.from(NOW.plus(1, ChronoUnit.DAYS)));
    tasks.claim(task(pi).getId(), "kefu");

    complete(task(pi), revisit("phone", "satisfied")
        .putValue(PREVENTION_SUGGESTION.name(), "定期检查水管")
        .putValue(SERVICE_SUGGESTION.name(), "维修师傅很专业"));

    assertThat(pi).isEnded().hasPassed(END_SATISFIED).hasNotPassed(OPEN_FOLLOW_UP, RECTIFY)
        .variables()
        .containsEntry(SATISFIED.name(), true)
        .containsEntry(METHOD_LABEL.name(), "电话回访")
        .containsEntry(REVISITED_BY.name(), "kefu")
        .containsEntry(CASE_NUMBER.name(), "HF-20261123-0001")
        .containsEntry(REVISITED_AT.name(), Date.from(NOW));
    // R7: the record stays in history for the KPIs
    var recorded = history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId());
    assertThat(recorded.variableName(SERVICE_SUGGESTION.name()).singleResult().getValue()).isEqualTo("维修师傅很专业");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(CONDUCT_REVISIT).singleResult().getAssignee()).isEqualTo("kefu");
  }

  @Test
  @DisplayName("R1 a scheduled quality revisit opened the day before National Day is due on the first working day after it; a repair's revisit keeps its calendar day")
  void scheduledRevisitOnWorkingDays() {
    java.time.Instant eve = java.time.ZonedDateTime.of(2026, 9, 30, 10, 0, 0, 0, java.time.ZoneId.of("Asia/Shanghai"))
        .toInstant();
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(eve));
    ProcessInstance quality = startRevisit(Map.of(CATEGORY.name(), "quality", SUBJECT.name(), "日常品质回访"));
    assertThat(task(quality)).hasDueDate(Date.from(eve.plus(8, ChronoUnit.DAYS))); // 8 October, 10:00
    assertThat(runtime.getVariable(quality.getId(), SUBJECT.name()))
        .isEqualTo("日常品质回访(原定 10月1日(国庆节),顺延至 10月8日)");
    ProcessInstance repair = startRevisit(Map.of());
    assertThat(task(repair)).hasDueDate(Date.from(eve.plus(1, ChronoUnit.DAYS)));
    assertThat(runtime.getVariable(repair.getId(), SUBJECT.name())).isEqualTo("厨房漏水维修后回访");
  }

  @Test
  @DisplayName("R2 an on-site revisit needs the owner's signature or, if the owner refuses, the owner's attitude")
  void onSiteRevisitNeedsSignatureOrAttitude() {
    ProcessInstance pi = startRevisit(Map.of());

    assertThatThrownBy(() -> tasks.complete(task(pi).getId(), revisit("onSite", "satisfied")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("业主签名");
    assertThat(pi).isWaitingAt(CONDUCT_REVISIT); // nothing half-written: the task is still open
    assertThat(runtime.getVariable(pi.getId(), SATISFIED.name())).isNull();

    complete(task(pi), revisit("onSite", "fairlySatisfied").putValue(OWNER_ATTITUDE.name(), "业主认可维修结果,但不愿签字"));

    assertThat(pi).isEnded().hasPassed(END_SATISFIED).variables()
        .containsEntry(METHOD_LABEL.name(), "上门回访")
        .containsEntry(OWNER_ATTITUDE.name(), "业主认可维修结果,但不愿签字");
    // R7: the round keeps the attitude for the 回访记录表
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(ROUND_OWNER_ATTITUDE.name()).singleResult().getValue()).isEqualTo("业主认可维修结果,但不愿签字");
  }

  @Test
  @DisplayName("R2 an on-site revisit with the owner's signature completes")
  void onSiteRevisitSigned() {
    ProcessInstance pi = startRevisit(Map.of());

    complete(task(pi), revisit("onSite", "verySatisfied").putValue(OWNER_SIGNED.name(), true));

    assertThat(pi).isEnded().hasPassed(END_SATISFIED).variables()
        .containsEntry(OWNER_SIGNED.name(), true).containsEntry(SATISFIED.name(), true);
  }

  @Test
  @DisplayName("R8 the revisit is offered to customer service and to the office manager, who may take it over; the record names who revisited")
  void officeManagerTakesOver() {
    ProcessInstance pi = startRevisit(Map.of());

    assertThat(task(pi)).hasCandidateGroup("customer-service").hasCandidateGroup("office-manager");
    tasks.claim(task(pi).getId(), "jingli");
    complete(task(pi), revisit("onSite", "satisfied").putValue(OWNER_SIGNED.name(), true));

    assertThat(pi).isEnded().hasPassed(END_SATISFIED).variables().containsEntry(REVISITED_BY.name(), "jingli");
  }

  @Test
  @DisplayName("R4 a new complaint raised in the revisit is handed over as a linked case of its kind, with the appointment")
  void newComplaintBecomesLinkedCase() {
    ProcessInstance pi = startRevisit(Map.of());
    tasks.claim(task(pi).getId(), "kefu");

    complete(task(pi), revisit("phone", "satisfied")
        .putValue(NEW_ISSUE_RAISED.name(), true)
        .putValue(NEW_ISSUE_TYPE.name(), "complaint")
        .putValue(NEW_ISSUE_DESCRIPTION.name(), "楼道灯坏了一周无人修")
        .putValue(REPLY_APPOINTMENT, "2026-11-25T10:00+08:00"));

    // the case is opened asynchronously, so a failure is retried instead of losing the issue
    assertThat(pi).isWaitingAt(OPEN_FOLLOW_UP);
    assertThat(revisitBeans.newIssues().opened()).isEmpty();
    execute(job());
    assertThat(pi).isEnded().hasPassed(OPEN_FOLLOW_UP, END_SATISFIED);
    assertThat(revisitBeans.newIssues().opened()).singleElement().satisfies(issue -> {
      assertThat(issue.kind()).isEqualTo(NewIssue.COMPLAINT);
      assertThat(issue.originCaseNumber()).isEqualTo("HF-20261123-0001");
      assertThat(issue.description()).isEqualTo("楼道灯坏了一周无人修");
      assertThat(issue.ownerName()).isEqualTo("王建国");
      assertThat(issue.unit()).isEqualTo("3栋2单元1101");
      assertThat(issue.ownerPhone()).isEqualTo("13800138000");
      assertThat(issue.raisedTo()).isEqualTo("kefu");
      assertThat(issue.replyAppointment()).isEqualTo(Date.from(Instant.parse("2026-11-25T02:00:00Z")));
      assertThat(issue.place()).isNull();
    });
    // the revisit names the case its new issue became, and its round's record (回访记录表, R7) the issue itself
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(FOLLOW_UP_NUMBER.name()).singleResult().getValue()).isEqualTo("TS-R4-1");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(ROUND_NEW_ISSUE.name()).singleResult().getValue()).isEqualTo("投诉:楼道灯坏了一周无人修");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(ROUND_NUMBER.name()).singleResult().getValue()).isEqualTo(1);
  }

  @Test
  @DisplayName("R4 P1 a repair asked for in the revisit is handed over as a repair request with its place, kind and urgency")
  void newRepairBecomesRepairRequest() {
    ProcessInstance pi = startRevisit(Map.of());

    complete(task(pi), revisit("phone", "satisfied")
        .putValue(NEW_ISSUE_RAISED.name(), true)
        .putValue(NEW_ISSUE_TYPE.name(), NewIssue.REPAIR)
        .putValue(NEW_ISSUE_DESCRIPTION.name(), "卫生间地漏返臭")
        .putValue(NEW_ISSUE_PLACE.name(), "indoor")
        .putValue(NEW_ISSUE_FAULT_KIND.name(), "water")
        .putValue(NEW_ISSUE_URGENCY.name(), "ordinary")
        .putValue(REPLY_APPOINTMENT, "2026-11-24T15:00+08:00"));
    execute(job());

    assertThat(pi).isEnded().hasPassed(OPEN_FOLLOW_UP);
    assertThat(revisitBeans.newIssues().opened()).singleElement().satisfies(issue -> {
      assertThat(issue.kind()).isEqualTo(NewIssue.REPAIR);
      assertThat(issue.place()).isEqualTo("indoor");
      assertThat(issue.faultKind()).isEqualTo("water");
      assertThat(issue.urgency()).isEqualTo("ordinary");
    });
    assertThat(pi).variables().containsEntry(FOLLOW_UP_NUMBER.name(), "WX-R4-1");
  }

  @Test
  @DisplayName("R4 P1 a repair asked for in the revisit without its place, kind of fault or urgency is refused, field by field")
  void newRepairNeedsPlaceKindAndUrgency() {
    ProcessInstance pi = startRevisit(Map.of());

    assertThatThrownBy(() -> tasks.complete(task(pi).getId(), revisit("phone", "satisfied")
        .putValue(NEW_ISSUE_RAISED.name(), true)
        .putValue(NEW_ISSUE_TYPE.name(), NewIssue.REPAIR)
        .putValue(NEW_ISSUE_DESCRIPTION.name(), "卫生间地漏返臭")
        .putValue(NEW_ISSUE_FAULT_KIND.name(), "nonsense")
        .putValue(REPLY_APPOINTMENT, "2026-11-24T15:00+08:00")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("报修部位").hasMessageContaining("故障类别").hasMessageContaining("紧急程度");
    assertThat(pi).isWaitingAt(CONDUCT_REVISIT);
    assertThat(revisitBeans.newIssues().opened()).isEmpty();
  }

  @Test
  @DisplayName("R4 a new issue without an appointment to reply is refused, so nothing the owner says is dropped")
  void newIssueNeedsAppointment() {
    ProcessInstance pi = startRevisit(Map.of());

    assertThatThrownBy(() -> tasks.complete(task(pi).getId(), revisit("phone", "satisfied")
        .putValue(NEW_ISSUE_RAISED.name(), true)
        .putValue(NEW_ISSUE_TYPE.name(), "suggestion")
        .putValue(NEW_ISSUE_DESCRIPTION.name(), "建议增加儿童游乐设施")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("预约的答复时间");
    assertThat(pi).isWaitingAt(CONDUCT_REVISIT);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("R5 a dissatisfied owner is rectified and revisited again, the second time by phone, until satisfied")
  void dissatisfiedOwnerRevisitedUntilSatisfied() {
    ProcessInstance pi = startRevisit(Map.of());

    complete(task(pi), revisit("onSite", "dissatisfied").putValue(OWNER_SIGNED.name(), true)
        .putValue(SERVICE_SUGGESTION.name(), "墙面仍有水渍"));
    assertThat(pi).isWaitingAt(RECTIFY).variables().containsEntry(SATISFIED.name(), false);
    // R5: rectified within task-due-defaults' rectification time, two days
    assertThat(task(pi)).hasCandidateGroup("customer-service").hasDueDate(Date.from(NOW.plus(2, ChronoUnit.DAYS)));

    assertThatThrownBy(() -> tasks.complete(task(pi).getId()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("整改措施");
    ClockUtil.setCurrentTime(Date.from(NOW.plus(3, ChronoUnit.HOURS)));
    complete(task(pi), Variables.createVariables().putValue(RECTIFICATION.name(), "重新做防水并刷墙"));

    assertThat(pi).isWaitingAt(CONDUCT_REVISIT).variables().containsEntry(ROUND.name(), 2);
    assertThat(task(pi)).hasDueDate(Date.from(NOW.plus(3, ChronoUnit.HOURS).plus(1, ChronoUnit.DAYS)));
    complete(task(pi), revisit("phone", "satisfied"));

    assertThat(pi).isEnded().hasPassed(RECTIFY, END_SATISFIED);
    // R7: both rounds are in history, each with its own verdict
    List<String> verdicts = history.createHistoricDetailQuery().processInstanceId(pi.getId())
        .variableUpdates().orderByTime().asc().list().stream()
        .map(d -> (HistoricVariableUpdate) d)
        .filter(d -> d.getVariableName().equals(SATISFACTION.name()) && d.getValue() != null)
        .map(d -> (String) d.getValue()).toList();
    assertThat(verdicts).containsExactly("dissatisfied", "satisfied");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(CONDUCT_REVISIT).finished().count()).isEqualTo(2);
    // R7, for K2 K3 K5: each round's method, signature and verdict stay on its own revisit task
    List<String> rounds = history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(CONDUCT_REVISIT).orderByHistoricActivityInstanceStartTime().asc().list().stream()
        .map(t -> history.createHistoricVariableInstanceQuery().taskIdIn(t.getId()).includeDeleted().list().stream()
            .collect(java.util.stream.Collectors.toMap(v -> v.getName(), v -> String.valueOf(v.getValue()))))
        .map(v -> v.get(ROUND_METHOD.name()) + "/" + v.get(ROUND_OWNER_SIGNED.name()) + "/" + v.get(ROUND_SATISFACTION.name()))
        .toList();
    assertThat(rounds).containsExactly("onSite/true/dissatisfied", "phone/false/satisfied");
  }

  @Test
  @DisplayName("R5 a called revisit returns 'not satisfied' to its caller, which rectifies and calls it again")
  void calledRevisitReturnsToCallerUntilSatisfied() {
    ProcessInstance caller = runtime.startProcessInstanceByKey("revisit-caller", "TS-20261123-0007",
        Variables.createVariables().putValue(OWNER_NAME.name(), "李娜").putValue(UNIT.name(), "5栋801")
            .putValue(OWNER_PHONE.name(), "13900139000").putValue("revisitCount", 0));

    ProcessInstance first = runtime.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
    assertThat(first.getBusinessKey()).isEqualTo("TS-20261123-0007"); // the caller's case number
    complete(task(first), revisit("phone", "dissatisfied"));

    assertThat(first).isEnded().hasPassed(END_RETURNED).hasNotPassed(RECTIFY);
    assertThat(caller).isWaitingAt("UserTask_Rectify").variables()
        .containsEntry(SATISFIED.name(), false).containsEntry("revisitCount", 1);
    complete(task(caller));

    ProcessInstance second = runtime.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
    assertThat(second).variables().containsEntry(ROUND.name(), 2);
    complete(task(second), revisit("phone", "satisfied"));

    assertThat(caller).isEnded().variables().containsEntry(SATISFIED.name(), true)
        .containsEntry("lastRevisitMethod", "phone").containsEntry("revisitCount", 2);
  }

  @Test
  @DisplayName("R6 one open letter answers many owners and is kept in each owner's revisit record")
  void openLetterCoversManyOwners() {
    ProcessInstance first = startRevisit(Map.of());
    ProcessInstance second = startRevisit(Map.of(OWNER_NAME.name(), "陈晓", UNIT.name(), "3栋2单元1202"));
    String letter = "致3栋全体业主:关于电梯更换工程的说明……";

    assertThatThrownBy(() -> tasks.complete(task(first).getId(), revisit("openLetter", "satisfied")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("公开信编号");
    for (ProcessInstance pi : List.of(first, second)) {
      complete(task(pi), revisit("openLetter", "satisfied")
          .putValue(OPEN_LETTER_NUMBER.name(), "GKX-2026-11").putValue(OPEN_LETTER_TEXT.name(), letter));
    }

    var revisitsByLetter = history.createHistoricVariableInstanceQuery()
        .variableValueEquals(OPEN_LETTER_NUMBER.name(), "GKX-2026-11").list();
    assertThat(revisitsByLetter).extracting(v -> v.getProcessInstanceId())
        .containsExactlyInAnyOrder(first.getId(), second.getId());
    assertThat(first).isEnded().variables().containsEntry(OPEN_LETTER_TEXT.name(), letter)
        .containsEntry(METHOD_LABEL.name(), "公开信回访");
  }

  @Test
  @DisplayName("R1 a revisit without a method or a verdict is refused with a message per field")
  void revisitWithoutMethodRefused() {
    ProcessInstance pi = startRevisit(Map.of());

    assertThatThrownBy(() -> tasks.complete(task(pi).getId(), Variables.createVariables()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("revisitMethod: 请选择回访方式")
        .hasMessageContaining("satisfaction: 请选择业主满意程度")
        .hasMessageContaining("fixEffect: 请填写处理效果");
    assertThat(pi).isWaitingAt(CONDUCT_REVISIT);
  }

  @Test
  @DisplayName("R1 a revisit cannot start without owner, unit and subject, or with a malformed phone number")
  void invalidStartCreatesNothing() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(OwnerRevisit.KEY,
        Variables.createVariables().putValue(OWNER_PHONE.name(), "12345")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("ownerName").hasMessageContaining("unit")
        .hasMessageContaining("revisitSubject").hasMessageContaining("ownerPhone");
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  @DisplayName("R1 a revisit started for another group with its own due date is offered to that group")
  void revisitForAnotherGroup() {
    ProcessInstance pi = startRevisit(Map.of(GROUP.name(), "warranty-service",
        DUE.name(), "2026-11-30T09:00+08:00", CASE_NUMBER.name(), "BX-20261123-0003"));

    assertThat(pi.getBusinessKey()).isEqualTo("BX-20261123-0003");
    assertThat(task(pi)).hasCandidateGroup("warranty-service")
        .hasDueDate(Date.from(Instant.parse("2026-11-30T01:00:00Z")));
  }
}
