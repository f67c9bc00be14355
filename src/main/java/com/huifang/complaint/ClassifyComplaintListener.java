package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** C4, the {@code end} listener of the classification task: the severity confirmed or overridden with a reason. */
@Component("classifyComplaintListener")
class ClassifyComplaintListener implements ExecutionListener {

  private final ComplaintSteps steps;

  ClassifyComplaintListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    ComplaintSteps.Severity severity = steps.classify(PROPOSED_SEVERITY.get(execution), SEVERITY.get(execution),
        OVERRIDE_REASON.get(execution));
    SEVERITY.set(execution, severity.code());
    SEVERITY_LABEL.set(execution, severity.label());
  }
}
