package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** C18, the {@code end} listener of 登记客户投诉登记表: the entry names the cause, the corrective action and its result. */
@Component("logComplaintListener")
class LogComplaintListener implements ExecutionListener {

  private final ComplaintSteps steps;

  LogComplaintListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    steps.logComplaint(LOG_CAUSE_ANALYSIS.text(execution), LOG_CORRECTIVE_ACTION.text(execution), LOG_ACTION_RESULT.text(execution));
  }
}
