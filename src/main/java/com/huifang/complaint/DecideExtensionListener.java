package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** C6, the {@code end} listener of 审批延期: a new deadline, or the case one level up ({@link ComplaintSteps#decideExtension}). */
@Component("decideExtensionListener")
class DecideExtensionListener implements ExecutionListener {

  private final ComplaintSteps steps;

  DecideExtensionListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    ComplaintSteps.Extension extension = steps.decideExtension(EXTENSION_APPROVED.get(execution),
        execution.getVariable(EXTENDED_DEADLINE), UPGRADED_SEVERITY.get(execution));
    if (extension.approved()) {
      RESOLVE_DUE.set(execution, extension.resolveDue());
    } else {
      SEVERITY.set(execution, extension.upgradedSeverity());
      SEVERITY_LABEL.set(execution, extension.upgradedSeverityLabel());
      HANDLER_GROUP.set(execution, UPGRADE_GROUP.get(execution));
    }
  }
}
