package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** C9, the {@code end} listener of the management representative's approval ({@link ComplaintSteps#approveNonConformity}). */
@Component("approveNonConformityListener")
class ApproveNonConformityListener implements ExecutionListener {

  private final ComplaintSteps steps;

  ApproveNonConformityListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    steps.approveNonConformity(execution.getVariable(ComplaintSteps.NON_CONFORMITY_APPROVED));
    NON_CONFORMITY.set(execution, true);
  }
}
