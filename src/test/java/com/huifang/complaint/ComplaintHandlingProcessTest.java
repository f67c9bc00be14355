package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Elements.*;
import static com.huifang.complaint.Complaint.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.mock;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.CaseNumberService;
import com.huifang.complaint.Complaint.Department;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.OfficeDecisions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
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
 * One test per path through complaint handling (C1–C14), on a plain engine with the real listeners,
 * the real decision tables and the real owner revisit; timers are fired by executing the due job after
 * asserting its due date.
 */
@Deployment(resources = {
    "processes/complaint-handling.bpmn", "processes/complaint-severity.dmn", "processes/complaint-service-level.dmn",
    "processes/owner-revisit.bpmn",
    "processes/task-due-defaults.dmn"})
class ComplaintHandlingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept("owner-revisit");

  static final Instant NOW = ProcessTests.NOW;

  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private com.huifang.revisit.RevisitBeansForTests revisitBeans;

  @BeforeEach
  void registerBeans() {
    ProcessTests.begin(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    revisitBeans = registerListeners(engine.getProcessEngine());
  }

  /** The complaint's real listeners (and the owner revisit's) for a plain engine; shared with the versions test. */
  static com.huifang.revisit.RevisitBeansForTests registerListeners(org.camunda.bpm.engine.ProcessEngine engine) {
    var properties = new HuifangProperties(null, null, null);
    CaseNumberService caseNumbers = TestCaseNumbers.sequential("20261123");
    var steps = new ComplaintSteps(caseNumbers, mock(com.huifang.owner.OwnerRegister.class), properties);
    Mocks.register("prepareComplaintListener", new PrepareComplaintListener(steps));
    Mocks.register("proposeSeverityListener", new ProposeSeverityListener(new AnswerWindows(engine.getRepositoryService()),
        new OfficeDecisions(engine.getRepositoryService(), engine.getDecisionService())));
    Mocks.register("classifyComplaintListener", new ClassifyComplaintListener(steps));
    Mocks.register("applyServiceLevelListener", new ApplyServiceLevelListener(steps));
    Mocks.register("recordOwnerAnsweredListener", new RecordOwnerAnsweredListener(steps));
    Mocks.register("decideExtensionListener", new DecideExtensionListener(steps));
    Mocks.register("approveNonConformityListener", new ApproveNonConformityListener(steps));
    Mocks.register("resolveComplaintListener", new ResolveComplaintListener(steps));
    Mocks.register("recordNonConformityListener", new RecordNonConformityListener(steps));
    Mocks.register("decideNonConformityListener", new DecideNonConformityListener(steps));
    Mocks.register("closeOutNonConformityListener", new CloseOutNonConformityListener(steps));
    Mocks.register("upgradeToMajorDelegate",
        new UpgradeToMajorDelegate(new OfficeDecisions(engine.getRepositoryService(), engine.getDecisionService())));
    Mocks.register("determineShiftListener", new DetermineShiftListener(OfficeHours.defaults(),
        tenantId -> OfficeHours.defaults(), properties));
    Mocks.register("nightShiftListener", new NightShiftListener(steps));
    Mocks.register("dispatchDepartmentsListener", new DispatchDepartmentsListener(steps));
    Mocks.register("departmentWorkListener", new DepartmentWorkListener(steps));
    Mocks.register("logComplaintListener", new LogComplaintListener(steps));
    Mocks.register("forwardSuggestionListener", new ForwardSuggestionListener(steps));
    Mocks.register("reportSuggestionListener", new ReportSuggestionListener(steps));
    Mocks.register("replySuggestionListener", new ReplySuggestionListener(steps));
    Mocks.register("taskNoticeListener", com.huifang.notice.TaskNoticeListener.off());
    // the owner revisit's own beans (tested in OwnerRevisitProcessTest)
    var revisitBeans = new com.huifang.revisit.RevisitBeansForTests(caseNumbers, properties);
    revisitBeans.registerAll();
    return revisitBeans;
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  // --- helpers ------------------------------------------------------------------------------------

  private ProcessInstance receive(Map<String, Object> extra) {
    VariableMap variables = Variables.createVariables()
        .putValue(CHANNEL.name(), "hotline").putValue(COMPLAINT_TYPE.name(), "complaint")
        .putValue(OWNER_NAME.name(), "王建国").putValue(UNIT.name(), "3栋2单元1101")
        .putValue(OWNER_PHONE.name(), "13800138000").putValue(DESCRIPTION.name(), "楼上装修噪音,晚上十点后仍在施工")
        .putValue("initiator", "kefu");
    variables.putAll(extra);
    return runtime.startProcessInstanceByKey(Complaint.KEY, variables);
  }

  private Task taskAt(ProcessInstance pi, String activityId) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private void classify(ProcessInstance pi, String severity, String reason) {
    complete(taskAt(pi, CLASSIFY), Variables.createVariables().putValue(SEVERITY.name(), severity)
        .putValue(OVERRIDE_REASON.name(), reason));
  }

  private void answer(ProcessInstance pi) {
    complete(taskAt(pi, ANSWER_OWNER), Variables.createVariables().putValue("answerContent", "已联系楼上业主,今晚停止施工"));
  }

  /** C8: the handler resolves it alone, ticking no department (the form sends every checkbox as false). */
  private void dispatchAlone(ProcessInstance pi) {
    VariableMap none = Variables.createVariables();
    for (Department department : Department.values()) {
      none.putValue(department.dispatch().name(), false);
    }
    complete(taskAt(pi, DISPATCH), none);
  }

  private void resolve(ProcessInstance pi, long loss) {
    if (taskAt(pi, DISPATCH) != null) {
      dispatchAlone(pi);
    }
    complete(taskAt(pi, RESOLVE), Variables.createVariables().putValue("resolution", "与装修户协调,约定施工时间")
        .putValue(ECONOMIC_LOSS, loss).putValue("causeCategory", "otherOwner"));
  }

  private ProcessInstance revisitOf(ProcessInstance pi) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
  }

  private void revisit(ProcessInstance pi, String satisfaction) {
    ProcessInstance revisit = revisitOf(pi);
    complete(task(revisit), Variables.createVariables().putValue("revisitMethod", "phone")
        .putValue("satisfaction", satisfaction).putValue("fixEffect", "噪音问题已解决"));
  }

  /** C18: customer service writes the log entry, and the office manager receives the result at once. */
  private void closeFromReport(ProcessInstance pi) {
    logEntry(pi);
    complete(taskAt(pi, RECEIVE_RESULT));
  }

  static VariableMap logEntryVariables() {
    return Variables.createVariables().putValue(LOG_CAUSE_ANALYSIS.name(), "装修户未按规定时间施工")
        .putValue(LOG_CORRECTIVE_ACTION.name(), "约定施工时间并加强巡查").putValue(LOG_ACTION_RESULT.name(), "已停止夜间施工");
  }

  private void logEntry(ProcessInstance pi) {
    complete(taskAt(pi, REPORT_RESULT), logEntryVariables());
  }

  private Job timer(ProcessInstance pi, String activityId, Instant due) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    assertThat(job).as("timer " + activityId).isNotNull();
    assertThat(job.getDuedate()).isEqualTo(Date.from(due));
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    management.executeJob(job.getId());
    return job;
  }

  private static Date at(Duration fromNow) {
    return Date.from(NOW.plus(fromNow));
  }

  // --- paths --------------------------------------------------------------------------------------

  @Test
  @DisplayName("C1 C4 C5 C10 C11 C14 C18 a general complaint: answered, resolved, reported, revisited, closed, first contact told")
  void generalComplaintEndToEnd() {
    ProcessInstance pi = receive(Map.of());

    assertThat(pi.getBusinessKey()).isEqualTo("TS-20261123-0001");
    assertThat(pi).isWaitingAt(CLASSIFY).variables()
        .containsEntry(PROPOSED_SEVERITY.name(), "general").containsEntry(FIRST_CONTACT.name(), "kefu")
        .containsEntry(CASE_NUMBER.name(), "TS-20261123-0001");
    // the classification is due within the shortest answer window (task-due-defaults: classify, 1 hour)
    assertThat(taskAt(pi, CLASSIFY)).hasDueDate(at(Duration.ofHours(1)));
    classify(pi, "general", null);

    assertThat(pi).isWaitingAt(ANSWER_OWNER).variables()
        .containsEntry(HANDLER_GROUP.name(), "housekeeper").containsEntry(SEVERITY_LABEL.name(), "一般")
        .containsEntry(ANSWER_DUE.name(), at(Duration.ofHours(1)))
        .containsEntry(RESOLVE_DUE.name(), at(Duration.ofDays(2)));
    assertThat(taskAt(pi, ANSWER_OWNER)).hasCandidateGroup("housekeeper").hasDueDate(at(Duration.ofHours(1)));
    answer(pi);
    assertThat(taskAt(pi, DISPATCH)).hasCandidateGroup("housekeeper").hasDueDate(at(Duration.ofDays(2)));
    dispatchAlone(pi);
    assertThat(pi).hasNotPassed(DEPARTMENT_WORK).variables().containsEntry(DEPARTMENT_REPORTS_TEXT.name(), "未派工,由处理人直接处理");
    assertThat(taskAt(pi, RESOLVE)).hasCandidateGroup("housekeeper").hasDueDate(at(Duration.ofDays(2)));
    resolve(pi, 0);
    // C18: customer service writes the log entry (cause, corrective action, result), not the office manager
    assertThat(taskAt(pi, REPORT_RESULT)).hasCandidateGroup("customer-service").hasDueDate(at(Duration.ofDays(1)));
    String log = taskAt(pi, REPORT_RESULT).getId();
    assertThatThrownBy(() -> tasks.complete(log, Variables.createVariables().putValue(LOG_CAUSE_ANALYSIS.name(), "装修")))
        .hasMessageContaining("请填写纠正措施").hasMessageContaining("请填写措施结果");
    logEntry(pi);
    // the office manager receives the result, told at once (notice due within the hour), while the revisit goes on
    assertThat(taskAt(pi, RECEIVE_RESULT)).hasCandidateGroup("office-manager").hasDueDate(at(Duration.ofHours(1)));

    assertThat(pi).isWaitingAt(REVISIT_OWNER, RECEIVE_RESULT);
    assertThat(revisitOf(pi).getBusinessKey()).isEqualTo("TS-20261123-0001");
    assertThat(task(revisitOf(pi))).hasDueDate(at(Duration.ofDays(1)));
    revisit(pi, "satisfied");
    // the case does not close before the office manager has received the result
    assertThat(pi).isWaitingAt(RECEIVE_RESULT).hasNotPassed(INFORM_FIRST_CONTACT);
    complete(taskAt(pi, RECEIVE_RESULT));

    assertThat(taskAt(pi, INFORM_FIRST_CONTACT)).isAssignedTo("kefu").hasDueDate(at(Duration.ofDays(1)));
    complete(taskAt(pi, INFORM_FIRST_CONTACT));
    assertThat(pi).isEnded().hasPassed(END_CLOSED).hasNotPassed(CORRECTIVE_ACTION, RECORD_NON_CONFORMITY, RECTIFY, INFORM_AT_ONCE)
        .variables().containsEntry(SATISFIED.name(), true).containsEntry(REVISIT_COUNT.name(), 1);
    // no timer survives its case
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("C3 C19 a suggestion: the senior housekeeper chooses the department, it acts and reports, customer service replies to the owner, the chief housekeeper is told")
  void suggestion() {
    ProcessInstance pi = receive(Map.of(COMPLAINT_TYPE.name(), "suggestion", DESCRIPTION.name(), "建议增设快递柜"));

    assertThat(taskAt(pi, HANDLE_SUGGESTION)).hasCandidateGroup("senior-housekeeper").hasDueDate(at(Duration.ofDays(1)));
    String forward = taskAt(pi, HANDLE_SUGGESTION).getId();
    assertThatThrownBy(() -> tasks.complete(forward, Variables.createVariables().putValue(FORWARDED_DEPARTMENT.name(), "finance")))
        .hasMessageContaining("请选择落实意见建议的部门");
    complete(taskAt(pi, HANDLE_SUGGESTION), Variables.createVariables()
        .putValue(FORWARDED_DEPARTMENT.name(), "dept-engineering").putValue(SUGGESTION_INSTRUCTIONS.name(), "评估场地"));
    assertThat(pi).variables().containsEntry(FORWARDED_DEPARTMENT_NAME.name(), "工程部");

    assertThat(taskAt(pi, SUGGESTION_DEPARTMENT_WORK)).hasCandidateGroup("dept-engineering")
        .hasDueDate(at(Duration.ofDays(2)));
    String work = taskAt(pi, SUGGESTION_DEPARTMENT_WORK).getId();
    assertThatThrownBy(() -> tasks.complete(work, Variables.createVariables())).hasMessageContaining("请填写落实情况");
    complete(taskAt(pi, SUGGESTION_DEPARTMENT_WORK), Variables.createVariables()
        .putValue(ACTION_TAKEN.name(), "已在3栋大堂增设快递柜"));

    assertThat(taskAt(pi, REPLY_SUGGESTION)).hasCandidateGroup("customer-service").hasDueDate(at(Duration.ofDays(1)));
    String reply = taskAt(pi, REPLY_SUGGESTION).getId();
    assertThatThrownBy(() -> tasks.complete(reply, Variables.createVariables())).hasMessageContaining("请填写给业主的答复");
    complete(taskAt(pi, REPLY_SUGGESTION), Variables.createVariables()
        .putValue(SUGGESTION_REPLY.name(), "已电话告知业主快递柜位置"));

    assertThat(taskAt(pi, INFORM_CHIEF_OF_SUGGESTION)).hasCandidateGroup("chief-housekeeper")
        .hasDueDate(at(Duration.ofHours(1)));
    complete(taskAt(pi, INFORM_CHIEF_OF_SUGGESTION));
    assertThat(pi).isEnded().hasPassed(END_SUGGESTION).hasNotPassed(PROPOSE_SEVERITY, REPORT_RESULT);
  }

  @Test
  @DisplayName("C4 C13 the classifier overrides the proposal only with a reason; an important complaint needs a corrective-action report")
  void overrideNeedsReasonAndImportantNeedsReport() {
    ProcessInstance pi = receive(Map.of());

    assertThatThrownBy(() -> classify(pi, "important", " "))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("调整理由");
    assertThat(pi).isWaitingAt(CLASSIFY);
    classify(pi, "important", "夜间施工属秩序部管理不到位");

    assertThat(pi).variables().containsEntry(SEVERITY.name(), "important")
        .containsEntry(HANDLER_GROUP.name(), "senior-housekeeper").containsEntry(REPORT_TO_GROUP.name(), "chief-housekeeper")
        .containsEntry(ANSWER_DUE.name(), at(Duration.ofHours(3)))
        .containsEntry(RESOLVE_DUE.name(), at(Duration.ofDays(3)));
    // C5: an important complaint is reported at once to the chief housekeeper
    assertThat(taskAt(pi, INFORM_AT_ONCE)).hasCandidateGroup("chief-housekeeper").hasDueDate(at(Duration.ofHours(1)));
    complete(taskAt(pi, INFORM_AT_ONCE), Variables.createVariables().putValue("acknowledgement", "已知悉"));
    answer(pi);
    resolve(pi, 0);
    closeFromReport(pi);
    revisit(pi, "verySatisfied");

    assertThat(taskAt(pi, CORRECTIVE_ACTION)).hasCandidateGroup("office-manager").hasDueDate(at(Duration.ofDays(7)));
    complete(taskAt(pi, CORRECTIVE_ACTION), Variables.createVariables()
        .putValue("correctiveActionReport", "加强装修巡查").putValue("preventiveMeasures", "装修告知书明确施工时间"));
    complete(taskAt(pi, INFORM_FIRST_CONTACT));
    assertThat(pi).isEnded().hasPassed(CORRECTIVE_ACTION, END_CLOSED);
  }

  @Test
  @DisplayName("C4 the decision table proposes major for a major loss, and the major service level applies")
  void majorComplaint() {
    ProcessInstance pi = receive(Map.of("majorLossOrInjury", true));

    assertThat(pi).variables().containsEntry(PROPOSED_SEVERITY.name(), "major");
    classify(pi, null, null); // confirming keeps the proposal
    assertThat(pi).variables().containsEntry(SEVERITY.name(), "major")
        .containsEntry(HANDLER_GROUP.name(), "chief-housekeeper").containsEntry(REPORT_TO_GROUP.name(), "general-manager")
        .containsEntry(ANSWER_DUE.name(), at(Duration.ofHours(24)))
        .containsEntry(RESOLVE_DUE.name(), at(Duration.ofDays(7)));
    assertThat(taskAt(pi, ANSWER_OWNER)).hasCandidateGroup("chief-housekeeper");
    // C5: the project head (the office manager) and the general manager are told at once, while the chief
    // housekeeper answers
    var told = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(INFORM_AT_ONCE).list();
    assertThat(told).extracting(t -> tasks.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("office-manager", "general-manager");
    assertThat(tasks.getVariable(told.get(0).getId(), "majorNoticeReason").toString()).startsWith("重大投诉,按服务等级即刻呈报");
    assertThat(told).allSatisfy(notice -> assertThat(notice).hasDueDate(at(Duration.ofHours(1))));
    for (Task notice : told) {
      complete(notice, Variables.createVariables().putValue("acknowledgement", "已知悉,请首席管家今日上门"));
    }
    assertThat(pi).hasPassed(INFORMED_AT_ONCE).isWaitingAt(ANSWER_OWNER);
  }

  @Test
  @DisplayName("C5 a general complaint is resolved by the owner's requested deadline when the owner gives one")
  void ownersDeadline() {
    ProcessInstance pi = receive(Map.of(OWNER_DEADLINE, "2026-11-24T18:00+08:00"));
    classify(pi, "general", null);

    assertThat(pi).variables().containsEntry(RESOLVE_DUE.name(), Date.from(Instant.parse("2026-11-24T10:00:00Z")));
  }

  @Test
  @DisplayName("C6 a missed answer deadline tells the next level up with a task, and the answer task stays open")
  void answerDeadlineEscalates() {
    ProcessInstance pi = receive(Map.of());
    classify(pi, "general", null);

    timer(pi, ANSWER_DEADLINE, NOW.plus(Duration.ofHours(1)));

    // the escalation is due within the hour of the missed deadline (task-due-defaults: escalation)
    assertThat(taskAt(pi, ENSURE_ANSWERED)).hasCandidateGroup("senior-housekeeper")
        .hasDueDate(at(Duration.ofHours(2).plusSeconds(1)));
    // the answer task stays open, due at its deadline: 已超时 shows it
    assertThat(taskAt(pi, ANSWER_OWNER)).isNotNull().hasDueDate(at(Duration.ofHours(1)));
    complete(taskAt(pi, ENSURE_ANSWERED), Variables.createVariables().putValue("ensureNote", "已电话督促管家"));
    assertThat(pi).hasPassed(ENSURE_ANSWERED);
    answer(pi);
    assertThat(pi).isWaitingAt(DISPATCH);
  }

  @Test
  @DisplayName("C6 a missed resolution deadline asks for an extension; approved, the case gets the new deadline")
  void extensionApproved() {
    ProcessInstance pi = receive(Map.of());
    classify(pi, "general", null);
    answer(pi);
    dispatchAlone(pi);

    timer(pi, RESOLUTION_DEADLINE, NOW.plus(Duration.ofDays(2)));
    assertThat(taskAt(pi, APPROVE_EXTENSION)).hasCandidateGroup("senior-housekeeper")
        .hasDueDate(at(Duration.ofDays(2).plusHours(4).plusSeconds(1)));
    assertThatThrownBy(() -> complete(taskAt(pi, APPROVE_EXTENSION), Variables.createVariables()
        .putValue(EXTENSION_APPROVED.name(), true).putValue("extensionOpinion", "同意")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("新期限");
    complete(taskAt(pi, APPROVE_EXTENSION), Variables.createVariables().putValue(EXTENSION_APPROVED.name(), true)
        .putValue(EXTENDED_DEADLINE, "2026-11-27T18:00+08:00").putValue("extensionOpinion", "等待配件,同意延期"));

    Date extended = Date.from(Instant.parse("2026-11-27T10:00:00Z"));
    assertThat(taskAt(pi, RESOLVE)).hasCandidateGroup("housekeeper").hasDueDate(extended);
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId(RESOLUTION_DEADLINE)
        .singleResult().getDuedate()).isEqualTo(extended);
  }

  @Test
  @DisplayName("C6 an extension refused moves the case one level up: important, handled by the senior housekeeper")
  void extensionRefusedUpgrades() {
    ProcessInstance pi = receive(Map.of());
    classify(pi, "general", null);
    answer(pi);
    dispatchAlone(pi);

    timer(pi, RESOLUTION_DEADLINE, NOW.plus(Duration.ofDays(2)));
    Instant refusedAt = NOW.plus(Duration.ofDays(2)).plusSeconds(1);
    complete(taskAt(pi, APPROVE_EXTENSION), Variables.createVariables().putValue(EXTENSION_APPROVED.name(), false)
        .putValue("extensionOpinion", "不同意,升级处理"));

    assertThat(pi).hasPassed(DETERMINE_SERVICE_LEVEL).isWaitingAt(DISPATCH).variables()
        .containsEntry(SEVERITY.name(), "important").containsEntry(HANDLER_GROUP.name(), "senior-housekeeper")
        .containsEntry(EXTENSION_APPROVER_GROUP.name(), "chief-housekeeper");
    // the new handler plans the work again, against the new deadline
    assertThat(taskAt(pi, DISPATCH)).hasCandidateGroup("senior-housekeeper")
        .hasDueDate(Date.from(refusedAt.plus(Duration.ofDays(3))));
    dispatchAlone(pi);
    assertThat(taskAt(pi, RESOLVE)).hasCandidateGroup("senior-housekeeper")
        .hasDueDate(Date.from(refusedAt.plus(Duration.ofDays(3))));
    assertThat(taskAt(pi, ANSWER_OWNER)).as("the owner was answered already").isNull();
  }

  @Test
  @DisplayName("C6 a major complaint whose extension is refused goes to the general manager, the last level")
  void majorExtensionRefusedGoesToGeneralManager() {
    ProcessInstance pi = receive(Map.of("reputationHarm", true));
    classify(pi, "major", null);
    answer(pi);
    dispatchAlone(pi);
    timer(pi, RESOLUTION_DEADLINE, NOW.plus(Duration.ofDays(7)));
    assertThat(taskAt(pi, APPROVE_EXTENSION)).hasCandidateGroup("general-manager");
    complete(taskAt(pi, APPROVE_EXTENSION), Variables.createVariables().putValue(EXTENSION_APPROVED.name(), false)
        .putValue("extensionOpinion", "由我亲自督办"));

    assertThat(pi).variables().containsEntry(SEVERITY.name(), "major").containsEntry(HANDLER_GROUP.name(), "general-manager");
    assertThat(taskAt(pi, DISPATCH)).hasCandidateGroup("general-manager");
  }

  @Test
  @DisplayName("C7 a complaint open 30 days becomes major; the chief housekeeper and the general manager are told")
  void thirtyDaysOpenBecomesMajor() {
    ProcessInstance pi = receive(Map.of());
    classify(pi, "general", null);
    answer(pi);
    dispatchAlone(pi);
    // the resolution deadline has been extended far enough for the 30 days to pass first
    Job resolution = management.createJobQuery().processInstanceId(pi.getId()).activityId(RESOLUTION_DEADLINE).singleResult();
    management.setJobDuedate(resolution.getId(), at(Duration.ofDays(60)));

    timer(pi, THIRTY_DAYS_OPEN, NOW.plus(Duration.ofDays(30)));

    assertThat(pi).variables().containsEntry(SEVERITY.name(), "major").containsEntry(HANDLER_GROUP.name(), "chief-housekeeper");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ACKNOWLEDGE_UPGRADE).list())
        .extracting(t -> tasks.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("chief-housekeeper", "general-manager");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ACKNOWLEDGE_UPGRADE).list())
        .allSatisfy(t -> assertThat(t).hasDueDate(at(Duration.ofDays(30).plusHours(1).plusSeconds(1))));
    assertThat(taskAt(pi, RESOLVE)).hasCandidateGroup("chief-housekeeper");
    for (Task ack : tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ACKNOWLEDGE_UPGRADE).list()) {
      complete(ack);
    }
    assertThat(pi).hasPassed("EndEvent_UpgradeAcknowledged").isWaitingAt(RESOLVE);
  }

  /** C17: the record as its filler completes it, after claiming it (as Tasklist does). */
  private void fillRecord(ProcessInstance pi, String filler) {
    Task record = taskAt(pi, RECORD_NON_CONFORMITY);
    if (record.getAssignee() == null) {
      tasks.claim(record.getId(), filler);
    }
    complete(taskAt(pi, RECORD_NON_CONFORMITY), Variables.createVariables()
        .putValue(NON_CONFORMITY_CONTENT.name(), "地板泡水").putValue(CAUSE_ANALYSIS.name(), "水管老化")
        .putValue(RESPONSIBLE_PERSON.name(), "工程部 李工").putValue(NON_CONFORMITY_ACTION.name(), "赔偿并更换水管")
        .putValue(CORRECTIVE_ACTION_DUE, "2026-11-30T18:00+08:00"));
  }

  private void approveRecord(ProcessInstance pi, String approver) {
    tasks.claim(taskAt(pi, APPROVE_NON_CONFORMITY).getId(), approver);
    complete(taskAt(pi, APPROVE_NON_CONFORMITY), Variables.createVariables()
        .putValue(NON_CONFORMITY_APPROVED.name(), true).putValue("approvalOpinion", "同意"));
  }

  private void closeOutRecord(ProcessInstance pi) {
    complete(taskAt(pi, CLOSE_OUT_NON_CONFORMITY), Variables.createVariables()
        .putValue(CORRECTIVE_ACTION_RESULT.name(), "水管已更换,赔偿已到位").putValue(CLOSE_OUT_CHECK.name(), "复查无渗漏,关闭"));
  }

  @Test
  @DisplayName("C9 C13 C17 a loss of exactly 500 yuan (500 元以上 includes it): the office manager fills the record, the management representative approves, the corrective action is closed out, then a corrective-action report")
  void lossOf500() {
    ProcessInstance pi = receive(Map.of());
    classify(pi, "general", null);
    answer(pi);
    resolve(pi, 500);

    assertThat(pi).variables().containsEntry(NON_CONFORMITY_REASON.name(), "loss");
    assertThat(taskAt(pi, RECORD_NON_CONFORMITY)).hasCandidateGroup("office-manager").hasDueDate(at(Duration.ofDays(1)));
    tasks.claim(taskAt(pi, RECORD_NON_CONFORMITY).getId(), "jingli");
    // C17: the record names who is responsible, the corrective action and its deadline
    assertThatThrownBy(() -> complete(taskAt(pi, RECORD_NON_CONFORMITY), Variables.createVariables()
        .putValue(NON_CONFORMITY_CONTENT.name(), "地板泡水").putValue(CAUSE_ANALYSIS.name(), "水管老化")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("responsiblePerson")
        .hasMessageContaining("correctiveAction").hasMessageContaining("correctiveActionDue");
    fillRecord(pi, "jingli");
    assertThat(taskAt(pi, APPROVE_NON_CONFORMITY)).hasCandidateGroup("management-rep").hasDueDate(at(Duration.ofHours(4)));
    assertThatThrownBy(() -> complete(taskAt(pi, APPROVE_NON_CONFORMITY), Variables.createVariables()
        .putValue(NON_CONFORMITY_APPROVED.name(), false).putValue("approvalOpinion", "再议")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("退回理由");
    approveRecord(pi, "guandai");
    Date deadline = Date.from(Instant.parse("2026-11-30T10:00:00Z"));
    assertThat(taskAt(pi, CLOSE_OUT_NON_CONFORMITY)).hasCandidateGroup("management-rep").hasDueDate(deadline);
    closeOutRecord(pi);
    closeFromReport(pi);
    revisit(pi, "satisfied");

    assertThat(pi).isWaitingAt(CORRECTIVE_ACTION).variables().containsEntry(NON_CONFORMITY.name(), true)
        .containsEntry(NON_CONFORMITY_FILLER.name(), "jingli").containsEntry(NON_CONFORMITY_APPROVER.name(), "guandai")
        .containsEntry(RESPONSIBLE_PERSON.name(), "工程部 李工").containsEntry(CORRECTIVE_ACTION_DUE, deadline)
        .containsEntry(CORRECTIVE_ACTION_RESULT.name(), "水管已更换,赔偿已到位");
  }

  @Test
  @DisplayName("C9 C17 a loss under 500 yuan with one department needs no record")
  void lossUnder500NoRecord() {
    ProcessInstance pi = receive(Map.of());
    classify(pi, "general", null);
    answer(pi);
    resolve(pi, 499);
    assertThat(pi).isWaitingAt(REPORT_RESULT).hasNotPassed(RECORD_NON_CONFORMITY).variables()
        .containsEntry(NON_CONFORMITY.name(), false);
  }

  @Test
  @DisplayName("C17 several departments involved: the handler fills the record, the office manager approves or returns it with a reason to the one who filled it")
  void multiDepartmentRecordReturnedOnce() {
    ProcessInstance pi = receive(Map.of());
    classify(pi, "general", null);
    answer(pi);
    VariableMap two = Variables.createVariables();
    two.putAll(Department.ENGINEERING.dispatched("2026-11-24T12:00+08:00", "检查防水"));
    two.putAll(Department.SECURITY.dispatched("2026-11-24T12:00+08:00", "通知楼上"));
    complete(taskAt(pi, DISPATCH), two);
    for (Task work : tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(DEPARTMENT_WORK).list()) {
      complete(work, Variables.createVariables().putValue(DEPARTMENT_RESULT.name(), "已处理"));
    }
    complete(taskAt(pi, RESOLVE), Variables.createVariables().putValue("resolution", "防水修补")
        .putValue(ECONOMIC_LOSS, 0L).putValue("causeCategory", "company"));

    assertThat(pi).variables().containsEntry(NON_CONFORMITY_REASON.name(), "multiDepartment");
    assertThat(taskAt(pi, RECORD_NON_CONFORMITY)).hasCandidateGroup("housekeeper");
    fillRecord(pi, "guanjia");
    assertThat(taskAt(pi, APPROVE_NON_CONFORMITY)).hasCandidateGroup("office-manager");
    tasks.claim(taskAt(pi, APPROVE_NON_CONFORMITY).getId(), "jingli");
    complete(taskAt(pi, APPROVE_NON_CONFORMITY), Variables.createVariables()
        .putValue(NON_CONFORMITY_APPROVED.name(), false).putValue(NON_CONFORMITY_RETURN_REASON.name(), "责任人须写到具体人"));

    // returned: back to the housekeeper who filled it, with the reason
    assertThat(taskAt(pi, RECORD_NON_CONFORMITY)).isAssignedTo("guanjia");
    assertThat(pi).variables().containsEntry(NON_CONFORMITY_RETURN_REASON.name(), "责任人须写到具体人");
    fillRecord(pi, "guanjia");
    approveRecord(pi, "jingli");
    assertThat(taskAt(pi, CLOSE_OUT_NON_CONFORMITY)).hasCandidateGroup("office-manager");
    closeOutRecord(pi);
    assertThat(pi).isWaitingAt(REPORT_RESULT);
  }

  @Test
  @DisplayName("C17 the office cannot solve it: the general manager convenes, the management representative fills the record, the general manager approves")
  void officeCannotSolve() {
    ProcessInstance pi = receive(Map.of());
    classify(pi, "general", null);
    answer(pi);
    dispatchAlone(pi);
    complete(taskAt(pi, RESOLVE), Variables.createVariables().putValue("resolution", "须开发商更换主管")
        .putValue(ECONOMIC_LOSS, 0L).putValue("causeCategory", "developer").putValue(OFFICE_CANNOT_SOLVE.name(), true));

    assertThat(pi).variables().containsEntry(NON_CONFORMITY_REASON.name(), "cannotSolve");
    assertThat(taskAt(pi, RECORD_NON_CONFORMITY)).hasCandidateGroup("management-rep");
    fillRecord(pi, "guandai");
    assertThat(taskAt(pi, APPROVE_NON_CONFORMITY)).hasCandidateGroup("general-manager");
    approveRecord(pi, "zongjingli");
    assertThat(taskAt(pi, CLOSE_OUT_NON_CONFORMITY)).hasCandidateGroup("general-manager");
  }

  @Test
  @DisplayName("C12 an anonymous complaint is not revisited; the reply letter is attached instead")
  void anonymousNotRevisited() {
    ProcessInstance pi = receive(Map.of(ANONYMOUS.name(), true, OWNER_NAME.name(), "", UNIT.name(), ""));
    classify(pi, "general", null);
    answer(pi);
    resolve(pi, 0);
    closeFromReport(pi);

    assertThat(taskAt(pi, ATTACH_REPLY_LETTER)).hasCandidateGroup("customer-service").hasDueDate(at(Duration.ofDays(1)));
    complete(taskAt(pi, ATTACH_REPLY_LETTER), Variables.createVariables()
        .putValue("replyLetterNumber", "FH-2026-031").putValue("replyLetterText", "关于夜间施工噪音的复函"));
    complete(taskAt(pi, INFORM_FIRST_CONTACT));
    assertThat(pi).isEnded().hasNotPassed(REVISIT_OWNER).variables().containsEntry(REVISITABLE.name(), false);
  }

  @Test
  @DisplayName("C11 R5 a dissatisfied owner is revisited again after rectification, until satisfied")
  void dissatisfiedOwnerRevisitedTwice() {
    ProcessInstance pi = receive(Map.of());
    classify(pi, "general", null);
    answer(pi);
    resolve(pi, 0);
    closeFromReport(pi);

    revisit(pi, "dissatisfied");
    assertThat(taskAt(pi, RECTIFY)).hasCandidateGroup("housekeeper").hasDueDate(at(Duration.ofDays(2)));
    complete(taskAt(pi, RECTIFY), Variables.createVariables().putValue("rectification", "加装隔音垫"));
    assertThat(revisitOf(pi)).variables().containsEntry("revisitRound", 2);
    revisit(pi, "satisfied");

    assertThat(pi).isWaitingAt(INFORM_FIRST_CONTACT).variables()
        .containsEntry(REVISIT_COUNT.name(), 2).containsEntry(SATISFIED.name(), true);
  }

  @Test
  @DisplayName("C1 a complaint referred by a superior needs the superior's instructions; bad intake creates nothing")
  void intakeValidation() {
    assertThatThrownBy(() -> receive(Map.of(CHANNEL.name(), "superior")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("上级");
    assertThatThrownBy(() -> receive(Map.of(CHANNEL.name(), "fax", OWNER_PHONE.name(), "123", DESCRIPTION.name(), "")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("channel").hasMessageContaining("ownerPhone").hasMessageContaining("description");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Complaint.KEY).count()).isZero();

    ProcessInstance pi = receive(Map.of(CHANNEL.name(), "superior", SUPERIOR_INSTRUCTIONS.name(), "总经理批示:三日内解决"));
    assertThat(pi).isWaitingAt(CLASSIFY).variables().containsEntry(SUPERIOR_INSTRUCTIONS.name(), "总经理批示:三日内解决");
  }

  // --- C2 night shift ---------------------------------------------------------------------------

  static final Instant NIGHT = Instant.parse("2026-11-23T14:00:00Z"); // 22:00 in Shanghai

  @Test
  @DisplayName("C2 outside office hours the control center registers; an urgent complaint is dispatched at once and goes on")
  void nightShiftUrgent() {
    ClockUtil.setCurrentTime(Date.from(NIGHT));
    ProcessInstance pi = receive(Map.of(DESCRIPTION.name(), "楼上漏水,水已流到客厅"));

    assertThat(pi).isWaitingAt(NIGHT_SHIFT).variables().containsEntry(RECEIVED_IN_OFFICE_HOURS.name(), false);
    // C2 the control center registers and disposes at once (task-due-defaults: immediate, 30 minutes)
    assertThat(taskAt(pi, NIGHT_SHIFT)).hasCandidateGroup("control-center")
        .hasDueDate(Date.from(NIGHT.plus(Duration.ofMinutes(30))));
    // not urgent, but the owner does not agree to wait: it must be handled tonight, and the disposal recorded
    assertThatThrownBy(() -> complete(taskAt(pi, NIGHT_SHIFT), Variables.createVariables()
        .putValue(URGENT.name(), false).putValue(OWNER_CONSENTS_TO_DEFER.name(), false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("nightDisposal");
    complete(taskAt(pi, NIGHT_SHIFT), Variables.createVariables().putValue(URGENT.name(), true)
        .putValue(NIGHT_DISPOSAL.name(), "22:05 派当值维修工关闭总阀,22:20 到场处置"));

    assertThat(pi).isWaitingAt(CLASSIFY).hasPassed(NIGHT_SHIFT).hasNotPassed(NEXT_OFFICE_DAY).variables()
        .containsEntry(DEFER_TO_NEXT_OFFICE_DAY.name(), false);
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId(NEXT_OFFICE_DAY).count()).isZero();
  }

  @Test
  @DisplayName("C2 a non-urgent night complaint waits, with the owner's consent, for the start of the next office day")
  void nightShiftDeferredToNextOfficeDay() {
    ClockUtil.setCurrentTime(Date.from(NIGHT));
    ProcessInstance pi = receive(Map.of());
    complete(taskAt(pi, NIGHT_SHIFT), Variables.createVariables().putValue(URGENT.name(), false)
        .putValue(OWNER_CONSENTS_TO_DEFER.name(), true));

    assertThat(pi).isWaitingAt(NEXT_OFFICE_DAY);
    Instant nextMorning = Instant.parse("2026-11-24T00:30:00Z"); // 08:30 in Shanghai
    assertThat(pi).variables().containsEntry(NEXT_OFFICE_DAY_START.name(), Date.from(nextMorning));
    timer(pi, NEXT_OFFICE_DAY, nextMorning);

    assertThat(pi).isWaitingAt(CLASSIFY).variables().containsEntry(RECEIVED_AT.name(), Date.from(NIGHT))
        .containsEntry(CLOCKS_START.name(), Date.from(nextMorning));
    // C15: the owner agreed to wait, so the clocks start when the office day does (08:30), not at the timer's job
    assertThat(taskAt(pi, CLASSIFY)).hasCandidateGroup("customer-service")
        .hasDueDate(Date.from(nextMorning.plus(Duration.ofHours(1))));
    classify(pi, "general", null);
    assertThat(taskAt(pi, ANSWER_OWNER)).hasDueDate(Date.from(nextMorning.plus(Duration.ofHours(1))));
  }

  // --- C16 solved on the spot ---------------------------------------------------------------------

  @Test
  @DisplayName("C16 a complaint fixed on the spot goes straight to report, log and revisit: no classification, dispatch, extension or escalation")
  void solvedOnTheSpot() {
    assertThatThrownBy(() -> receive(Map.of(SOLVED_ON_THE_SPOT.name(), true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("onTheSpotResolution");
    ProcessInstance pi = receive(Map.of(SOLVED_ON_THE_SPOT.name(), true,
        ON_THE_SPOT_RESOLUTION.name(), "当场为业主更换了门禁卡"));

    assertThat(pi).isWaitingAt(REPORT_RESULT).hasPassed(PROPOSE_SEVERITY, SOLVED_ON_THE_SPOT_GATEWAY)
        .hasNotPassed(CLASSIFY, ANSWER_OWNER, DISPATCH, RESOLVE).variables()
        .containsEntry(SEVERITY.name(), "general").containsEntry(SEVERITY_LABEL.name(), "一般")
        .containsEntry(RESOLUTION.name(), "当场为业主更换了门禁卡").containsEntry(OWNER_ANSWERED.name(), true);
    // no answer or resolution deadline waits (only the 30-day rule of C7 stays armed while the revisit is open)
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).list())
        .extracting(Job::getJobDefinitionId).hasSize(1);
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId(THIRTY_DAYS_OPEN).count()).isEqualTo(1);
    closeFromReport(pi);
    revisit(pi, "verySatisfied");
    complete(taskAt(pi, INFORM_FIRST_CONTACT));
    assertThat(pi).isEnded().hasPassed(END_CLOSED).hasNotPassed(ENSURE_ANSWERED, APPROVE_EXTENSION, INFORM_AT_ONCE,
        RECORD_NON_CONFORMITY, CORRECTIVE_ACTION);
  }

  @Test
  @DisplayName("C16 a suggestion cannot be marked solved on the spot")
  void suggestionNotSolvedOnTheSpot() {
    assertThatThrownBy(() -> receive(Map.of(COMPLAINT_TYPE.name(), "suggestion", SOLVED_ON_THE_SPOT.name(), true,
        ON_THE_SPOT_RESOLUTION.name(), "已答复")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("solvedOnTheSpot");
  }

  // --- C15 clocks from receipt --------------------------------------------------------------------

  @Test
  @DisplayName("C15 the answer and resolution clocks run from the 接待 time recorded at intake, not from the classification")
  void clocksRunFromReceipt() {
    Instant received = NOW.minus(Duration.ofMinutes(40)); // the owner came to the counter 40 minutes before it was registered
    ProcessInstance pi = receive(Map.of(RECEIVED_AT.name(), Date.from(received)));
    assertThat(pi).variables().containsEntry(RECEIVED_AT.name(), Date.from(received))
        .containsEntry(CLOCKS_START.name(), Date.from(received));
    // classification is due within the proposed severity's answer window (general: 1 hour) from receipt
    assertThat(taskAt(pi, CLASSIFY)).hasDueDate(Date.from(received.plus(Duration.ofHours(1))));

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(15))));
    classify(pi, "general", null);
    assertThat(pi).variables().containsEntry(ANSWER_DUE.name(), Date.from(received.plus(Duration.ofHours(1))))
        .containsEntry(RESOLVE_DUE.name(), Date.from(received.plus(Duration.ofDays(2))));
    assertThat(taskAt(pi, ANSWER_OWNER)).hasDueDate(Date.from(received.plus(Duration.ofHours(1))));
    // the answer deadline is 20 minutes after the classification, not an hour: the timer says so
    timer(pi, ANSWER_DEADLINE, received.plus(Duration.ofHours(1)));
    assertThat(taskAt(pi, ENSURE_ANSWERED)).isNotNull();
  }

  @Test
  @DisplayName("C15 a major proposal gives the classification the major answer window, capped by the classify default")
  void classificationDueWithinProposedWindow() {
    Instant received = NOW.minus(Duration.ofHours(23).plusMinutes(30));
    ProcessInstance pi = receive(Map.of(RECEIVED_AT.name(), Date.from(received), "majorLossOrInjury", true));
    // major: 24 hours from receipt, 30 minutes from now, earlier than the hour task-due-defaults gives a classification
    assertThat(taskAt(pi, CLASSIFY)).hasDueDate(Date.from(received.plus(Duration.ofHours(24))));
    classify(pi, null, null);
    assertThat(pi).variables().containsEntry(ANSWER_DUE.name(), Date.from(received.plus(Duration.ofHours(24))))
        .containsEntry(RESOLVE_DUE.name(), Date.from(received.plus(Duration.ofDays(7))));
  }

  @Test
  @DisplayName("C15 a 接待 time in the future is refused and nothing is started")
  void futureReceiptRefused() {
    assertThatThrownBy(() -> receive(Map.of(RECEIVED_AT.name(), Date.from(NOW.plus(Duration.ofHours(1))))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("receivedAt").hasMessageContaining("接待时间");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Complaint.KEY).count()).isZero();
  }

  // --- C8 departments ---------------------------------------------------------------------------

  @Test
  @DisplayName("C8 the handler dispatches to several departments, each with its own deadline, and each reports its result")
  void departmentsEachWithOwnDeadline() {
    ProcessInstance pi = receive(Map.of());
    classify(pi, "general", null);
    answer(pi);

    // a ticked department needs a deadline, and one still to come; nothing is dispatched while one is missing
    VariableMap missingDue = Variables.createVariables()
        .putValue(Department.ENGINEERING.dispatch().name(), true)
        .putValue(Department.ENGINEERING.instructions().name(), "查看水管");
    missingDue.putAll(Department.SECURITY.dispatched("2020-01-01T09:00+08:00", "通知楼上业户暂停施工"));
    assertThatThrownBy(() -> complete(taskAt(pi, DISPATCH), missingDue))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("工程部:请填写今后的完成期限").hasMessageContaining("秩序部:请填写今后的完成期限");
    assertThat(pi).isWaitingAt(DISPATCH);
    assertThatThrownBy(() -> complete(taskAt(pi, DISPATCH), Variables.createVariables()
        .putValue(Department.CLEANING.dispatch().name(), "yes")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("派工到保洁部");
    // two ticked, each with its own deadline; the deadline left on a department not ticked is ignored
    VariableMap two = Variables.createVariables()
        .putValue(Department.CLEANING.dispatch().name(), false).putValue(Department.CLEANING.due(), "2026-11-24T12:00+08:00")
        .putValue(Department.GREENING.dispatch().name(), false);
    two.putAll(Department.ENGINEERING.dispatched("2026-11-23T16:00+08:00", " 检查楼上卫生间防水 "));
    two.putAll(Department.SECURITY.dispatched("2026-11-24T12:00+08:00", "通知楼上业户暂停施工"));
    complete(taskAt(pi, DISPATCH), two);

    var work = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(DEPARTMENT_WORK)
        .orderByDueDate().asc().list();
    assertThat(work).hasSize(2);
    assertThat(work.get(0)).hasCandidateGroup("dept-engineering").hasDueDate(Date.from(Instant.parse("2026-11-23T08:00:00Z")));
    assertThat(work.get(1)).hasCandidateGroup("dept-security").hasDueDate(Date.from(Instant.parse("2026-11-24T04:00:00Z")));
    assertThat(tasks.getVariable(work.get(0).getId(), "departmentInstructions")).isEqualTo("检查楼上卫生间防水");
    assertThatThrownBy(() -> complete(work.get(0), Variables.createVariables().putValue(DEPARTMENT_RESULT.name(), "")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("处理结果");
    // each department writes its own result on its own task: the two do not overwrite each other
    complete(work.get(1), Variables.createVariables().putValue(DEPARTMENT_RESULT.name(), "已通知,楼上业户同意暂停"));
    complete(work.get(0), Variables.createVariables().putValue(DEPARTMENT_RESULT.name(), "防水层破损,已修补"));

    assertThat(pi).isWaitingAt(RESOLVE).hasPassed(DEPARTMENT_WORK).variables()
        .containsEntry(DEPARTMENT_REPORTS_TEXT.name(), "秩序部:已通知,楼上业户同意暂停\n工程部:防水层破损,已修补");
  }

  // --- R4 inside a complaint ---------------------------------------------------------------------

  @Test
  @DisplayName("C11 R4 a new issue raised at the complaint's revisit becomes a linked case of its kind, and the complaint closes")
  void newIssueRaisedAtRevisit() {
    ProcessInstance pi = receive(Map.of());
    classify(pi, "general", null);
    answer(pi);
    resolve(pi, 0);
    closeFromReport(pi);

    ProcessInstance revisit = revisitOf(pi);
    complete(task(revisit), Variables.createVariables().putValue("revisitMethod", "phone")
        .putValue("satisfaction", "satisfied").putValue("fixEffect", "噪音问题已解决")
        .putValue("newIssueRaised", true).putValue("newIssueType", "suggestion")
        .putValue("newIssueDescription", "建议夜间加强巡逻").putValue("replyAppointment", "2026-11-25T10:00+08:00"));
    Job openFollowUp = management.createJobQuery().processInstanceId(revisit.getId()).singleResult();
    management.executeJob(openFollowUp.getId());

    assertThat(pi).isWaitingAt(INFORM_FIRST_CONTACT);
    assertThat(revisitBeans.newIssues().opened()).singleElement().satisfies(issue -> {
      assertThat(issue.kind()).isEqualTo("suggestion");
      assertThat(issue.originCaseNumber()).isEqualTo("TS-20261123-0001");
      assertThat(issue.ownerName()).isEqualTo("王建国");
      assertThat(issue.description()).isEqualTo("建议夜间加强巡逻");
    });
  }
}
