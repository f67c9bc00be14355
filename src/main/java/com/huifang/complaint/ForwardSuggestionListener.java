package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** C19, the {@code end} listener of 转交意见建议: the chosen department is one of the four, its name kept for the forms and the log. */
@Component("forwardSuggestionListener")
class ForwardSuggestionListener implements ExecutionListener {

  private final ComplaintSteps steps;

  ForwardSuggestionListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    FORWARDED_DEPARTMENT_NAME.set(execution, steps.forwardSuggestion(FORWARDED_DEPARTMENT.text(execution)));
  }
}
