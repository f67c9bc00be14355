package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** C19, the {@code end} listener of 答复业主意见建议: the reply to the owner must be recorded. */
@Component("replySuggestionListener")
class ReplySuggestionListener implements ExecutionListener {

  private final ComplaintSteps steps;

  ReplySuggestionListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    steps.replySuggestion(SUGGESTION_REPLY.text(execution));
  }
}
