package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C5, the {@code end} listener of the service-level decision: the row applied ({@link ComplaintSteps#applyServiceLevel}),
 * its groups and deadlines kept for the tasks, which carry them as due dates (so Tasklist's 即将超时 and 已超时 filters
 * show them).
 */
@Component("applyServiceLevelListener")
class ApplyServiceLevelListener implements ExecutionListener {

  private final ComplaintSteps steps;

  ApplyServiceLevelListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String severity = SEVERITY.get(execution);
    ComplaintSteps.ServiceLevel level = steps.applyServiceLevel((Map<?, ?>) execution.getVariable(SERVICE_LEVEL),
        severity, SERVICE_LEVEL_SEVERITY.get(execution), Boolean.TRUE.equals(OWNER_ANSWERED.get(execution)),
        execution.getVariable(OWNER_DEADLINE), CLOCKS_START.get(execution));
    if (level.handlerChanges()) {
      HANDLER_GROUP.set(execution, level.handlerGroup());
    }
    SERVICE_LEVEL_SEVERITY.set(execution, severity);
    REPORT_TO_GROUP.set(execution, level.reportToGroup());
    EXTENSION_APPROVER_GROUP.set(execution, level.extensionApproverGroup());
    ANSWER_ESCALATION_GROUP.set(execution, level.answerEscalationGroup());
    UPGRADE_GROUP.set(execution, level.upgradeGroup());
    UPGRADED_SEVERITY.set(execution, level.upgradedSeverity());
    execution.setVariable(INFORM_AT_ONCE_GROUPS, level.informAtOnceGroups());
    ANSWER_WITHIN.set(execution, level.answerWithin());
    RESOLVE_WITHIN.set(execution, level.resolveWithin());
    if (level.answerDue() != null) {
      ANSWER_DUE.set(execution, level.answerDue());
    }
    RESOLVE_DUE.set(execution, level.resolveDue());
  }
}
