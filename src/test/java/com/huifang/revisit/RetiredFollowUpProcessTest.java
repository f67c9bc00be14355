package com.huifang.revisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.huifang.ProcessTests;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Before R4 opened cases of their own kind, a revisit's new issue became a follow-up case (owner-follow-up, FU-…),
 * answered at the appointed time. The model is no longer packaged; the follow-ups still running in an office finish on
 * their deployed version: the model as it was (kept in the test resources, taken from main before the change) with
 * its reply form, and the access the application still grants on it (RevisitProcesses.RETIRED_FOLLOW_UP_KEY).
 */
@Deployment(resources = {"com/huifang/revisit/owner-follow-up-before-r4.bpmn",
    "com/huifang/revisit/owner-follow-up-reply-before-r4.form"})
class RetiredFollowUpProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept();

  @BeforeEach
  void begin() {
    ProcessTests.begin(engine.getProcessEngine());
  }

  @AfterEach
  void end() {
    ProcessTests.end();
  }

  @Test
  @DisplayName("R4 a follow-up case opened before R4 changed is still answered at its appointment and closes")
  void runningFollowUpStillCloses() {
    Date appointment = Date.from(Instant.parse("2026-11-25T02:00:00Z"));
    ProcessInstance followUp = engine.getRuntimeService().startProcessInstanceByKey(
        RevisitProcesses.RETIRED_FOLLOW_UP_KEY, "FU-20261120-0001", Variables.createVariables()
            .putValue("caseNumber", "FU-20261120-0001").putValue("sourceCaseNumber", "TS-20261118-0003")
            .putValue("ownerName", "王建国").putValue("unit", "3栋2单元1101").putValue("issueType", "complaint")
            .putValue("issueTypeLabel", "投诉").putValue("issueDescription", "楼道灯坏了一周无人修")
            .putValue("replyDue", appointment).putValue("replyGroup", "customer-service"));

    assertThat(followUp).isWaitingAt("UserTask_ReplyToOwner");
    assertThat(task(followUp)).hasCandidateGroup("customer-service").hasDueDate(appointment);
    complete(task(followUp), Variables.createVariables().putValue("replyMethod", "phone")
        .putValue("replyContent", "已安排电工今日更换"));
    assertThat(followUp).isEnded().hasPassed("EndEvent_OwnerAnswered");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(followUp.getId()).variableName("replyContent").singleResult().getValue())
        .isEqualTo("已安排电工今日更换");
  }
}
