package com.huifang.errand;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The {@code end} listener of every errand user task: the step's rules live in {@link ErrandSteps}. */
@Component("recordErrandStepListener")
class RecordErrandStepListener implements ExecutionListener {

  private final ErrandSteps steps;

  RecordErrandStepListener(ErrandSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // nothing was submitted
    }
    steps.record(execution.getCurrentActivityId(), execution);
  }
}
