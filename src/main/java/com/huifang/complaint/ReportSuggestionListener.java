package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** C19, the {@code end} listener of 落实意见建议并报告: the department must say what it did. */
@Component("reportSuggestionListener")
class ReportSuggestionListener implements ExecutionListener {

  private final ComplaintSteps steps;

  ReportSuggestionListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    steps.reportSuggestion(ACTION_TAKEN.text(execution));
  }
}
