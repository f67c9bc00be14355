package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * P2, the {@code end} listener of the service-level decision: the department, the escalation chain and the response
 * deadline ({@link RepairSteps#applyServiceLevel}), which the department's task carries as its due date and its
 * boundary timers fire on.
 */
@Component("applyRepairServiceLevelListener")
class ApplyRepairServiceLevelListener implements ExecutionListener {

  private final RepairSteps steps;

  ApplyRepairServiceLevelListener(RepairSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RepairSteps.ServiceLevel level = steps.applyServiceLevel((Map<?, ?>) execution.getVariable(SERVICE_LEVEL),
        RECEIVED_AT.get(execution), execution.getVariable(PREFERRED_TIME));
    DEPARTMENT_GROUP.set(execution, level.departmentGroup());
    DEPARTMENT_LABEL.set(execution, level.departmentLabel());
    SUPERVISOR_GROUP.set(execution, level.supervisorGroup());
    MANAGER_GROUP.set(execution, level.managerGroup());
    URGENCY_APPLIED.set(execution, level.urgency());
    URGENCY_LABEL.set(execution, level.urgencyLabel());
    RESPONSE_DUE.set(execution, level.responseDue());
    RESPONSE_DUE_TEXT.set(execution, level.responseDueText());
    MANAGER_ESCALATION_DUE.set(execution, level.managerEscalationDue());
  }
}
