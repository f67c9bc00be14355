package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Elements.*;
import static com.huifang.complaint.Complaint.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.huifang.ProcessTests;
import com.huifang.complaint.Complaint.Department;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Complaints already running when the issue-18 model (C15–C17) is deployed finish on the version they started on:
 * complaint-handling.bpmn as it was before (kept in the test resources, taken from main) is deployed, a case is
 * started on it, the current model is deployed, and the old case completes on its own version with today's beans,
 * while a new case starts on the current one. Not a per-path test: its engine records coverage but asserts none.
 */
class ComplaintHandlingVersionsProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.Companion
      .builder("camunda-unit-test.cfg.xml").build();

  private static final String[] SHARED = {"processes/complaint-severity.dmn", "processes/complaint-service-level.dmn",
      "processes/owner-revisit.bpmn", "processes/task-due-defaults.dmn"};

  private RepositoryService repository;
  private RuntimeService runtime;
  private TaskService tasks;

  @BeforeEach
  void setUp() {
    ProcessTests.begin(engine.getProcessEngine());
    ComplaintHandlingProcessTest.registerListeners(engine.getProcessEngine());
    repository = engine.getRepositoryService();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
  }

  @AfterEach
  void tearDown() {
    for (Deployment deployment : repository.createDeploymentQuery().list()) {
      repository.deleteDeployment(deployment.getId(), true, true);
    }
    ProcessTests.end();
  }

  private ProcessDefinition deploy(String model) {
    var builder = repository.createDeployment().addClasspathResource(model);
    for (String resource : SHARED) {
      builder.addClasspathResource(resource);
    }
    Deployment deployment = builder.deploy();
    return repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
        .processDefinitionKey(Complaint.KEY).singleResult();
  }

  private Task taskAt(ProcessInstance pi, String activityId) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  @Test
  @DisplayName("C9 C15 C17 a complaint started before issue 18 (loss above 500, old record and approval) finishes on its own version after the new model is deployed")
  void runningCaseFinishesOnItsVersion() {
    ProcessDefinition before = deploy("com/huifang/complaint/complaint-handling-before-issue-18.bpmn");
    VariableMap intake = Variables.createVariables().putValue(CHANNEL.name(), "hotline")
        .putValue(COMPLAINT_TYPE.name(), "complaint").putValue(OWNER_NAME.name(), "王建国")
        .putValue(UNIT.name(), "3栋2单元1101").putValue(OWNER_PHONE.name(), "13800138000")
        .putValue(DESCRIPTION.name(), "楼上漏水").putValue("initiator", "kefu");
    ProcessInstance old = runtime.startProcessInstanceById(before.getId(), intake);
    complete(taskAt(old, CLASSIFY), Variables.createVariables().putValue(SEVERITY.name(), "general"));

    ProcessDefinition now = deploy("processes/complaint-handling.bpmn");
    assertThat(now.getVersion()).isGreaterThan(before.getVersion());

    complete(taskAt(old, ANSWER_OWNER), Variables.createVariables().putValue("answerContent", "已派人查看"));
    VariableMap none = Variables.createVariables();
    for (Department department : Department.values()) {
      none.putValue(department.dispatch().name(), false);
    }
    complete(taskAt(old, DISPATCH), none);
    complete(taskAt(old, RESOLVE), Variables.createVariables().putValue("resolution", "更换水管")
        .putValue(ECONOMIC_LOSS, 800L).putValue("causeCategory", "company"));
    // the old model's record and approval, with the listener kept for it
    assertThat(taskAt(old, RECORD_NON_CONFORMITY)).hasCandidateGroup("office-manager");
    complete(taskAt(old, RECORD_NON_CONFORMITY), Variables.createVariables().putValue("nonConformityContent", "地板泡水")
        .putValue("causeAnalysis", "水管老化").putValue("correctiveAction", "赔偿并更换水管"));
    complete(taskAt(old, APPROVE_NON_CONFORMITY), Variables.createVariables()
        .putValue("nonConformityApproved", true).putValue("approvalOpinion", "同意"));
    complete(taskAt(old, REPORT_RESULT), Variables.createVariables().putValue("resultReport", "已登记"));
    ProcessInstance revisit = runtime.createProcessInstanceQuery().superProcessInstanceId(old.getId()).singleResult();
    complete(task(revisit), Variables.createVariables().putValue("revisitMethod", "phone")
        .putValue("satisfaction", "satisfied").putValue("fixEffect", "已修好"));
    complete(taskAt(old, CORRECTIVE_ACTION), Variables.createVariables()
        .putValue("correctiveActionReport", "巡查水管").putValue("preventiveMeasures", "定期更换"));
    complete(taskAt(old, INFORM_FIRST_CONTACT));
    assertThat(old).isEnded().hasPassed(APPROVE_NON_CONFORMITY, END_CLOSED);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(old.getId())
        .singleResult().getProcessDefinitionId()).isEqualTo(before.getId());

    // a complaint received now runs on the current model
    ProcessInstance fresh = runtime.startProcessInstanceByKey(Complaint.KEY, intake);
    assertThat(fresh.getProcessDefinitionId()).isEqualTo(now.getId());
    assertThat(fresh).hasPassed(SOLVED_ON_THE_SPOT_GATEWAY).isWaitingAt(CLASSIFY);
  }

  @Test
  @DisplayName("C18 C19 a complaint and a suggestion started before C18/C19 finish on their version: the office manager's log task and the senior housekeeper's one-step suggestion")
  void runningCasesFinishOnTheVersionBeforeTheLog() {
    ProcessDefinition before = deploy("com/huifang/complaint/complaint-handling-before-c18.bpmn");
    VariableMap intake = Variables.createVariables().putValue(CHANNEL.name(), "hotline")
        .putValue(COMPLAINT_TYPE.name(), "complaint").putValue(OWNER_NAME.name(), "王建国")
        .putValue(UNIT.name(), "3栋2单元1101").putValue(OWNER_PHONE.name(), "13800138000")
        .putValue(DESCRIPTION.name(), "楼道灯不亮").putValue("initiator", "kefu")
        .putValue(SOLVED_ON_THE_SPOT.name(), true).putValue(ON_THE_SPOT_RESOLUTION.name(), "当场更换灯泡");
    ProcessInstance old = runtime.startProcessInstanceById(before.getId(), intake);
    ProcessInstance oldSuggestion = runtime.startProcessInstanceById(before.getId(), Variables.createVariables()
        .putValue(CHANNEL.name(), "hotline").putValue(COMPLAINT_TYPE.name(), "suggestion")
        .putValue(OWNER_NAME.name(), "李华").putValue(UNIT.name(), "5栋201")
        .putValue(DESCRIPTION.name(), "建议增设快递柜").putValue("initiator", "kefu"));
    assertThat(taskAt(old, REPORT_RESULT)).hasCandidateGroup("office-manager");

    ProcessDefinition now = deploy("processes/complaint-handling.bpmn");
    assertThat(now.getVersion()).isGreaterThan(before.getVersion());

    // the old log task: the office manager, one text, no log listener, no result notice
    complete(taskAt(old, REPORT_RESULT), Variables.createVariables().putValue(RESULT_REPORT.name(), "已登记"));
    ProcessInstance revisit = runtime.createProcessInstanceQuery().superProcessInstanceId(old.getId()).singleResult();
    complete(task(revisit), Variables.createVariables().putValue("revisitMethod", "phone")
        .putValue("satisfaction", "satisfied").putValue("fixEffect", "已修好"));
    complete(taskAt(old, INFORM_FIRST_CONTACT));
    assertThat(old).isEnded().hasNotPassed(RECEIVE_RESULT);
    // the old suggestion: the senior housekeeper records what the department did, and it ends
    complete(taskAt(oldSuggestion, HANDLE_SUGGESTION), Variables.createVariables()
        .putValue(FORWARDED_DEPARTMENT.name(), "dept-engineering").putValue(ACTION_TAKEN.name(), "已列入计划"));
    assertThat(oldSuggestion).isEnded().hasNotPassed(SUGGESTION_DEPARTMENT_WORK);

    ProcessInstance fresh = runtime.startProcessInstanceByKey(Complaint.KEY, intake);
    assertThat(fresh.getProcessDefinitionId()).isEqualTo(now.getId());
    assertThat(taskAt(fresh, REPORT_RESULT)).hasCandidateGroup("customer-service");
  }
}
