package com.huifang.errand;

import static com.huifang.errand.Errand.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When an errand is taken (E1, E10): the request checked and numbered ({@link ErrandSteps#take}), the number as the
 * business key, the request kept normalized (the promised delivery time as a date for the timer, the estimated cost as
 * exact text).
 */
@Component("prepareErrandListener")
class PrepareErrandListener implements ExecutionListener {

  private final ErrandSteps steps;

  PrepareErrandListener(ErrandSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ErrandSteps.Taken taken = steps.take(execution.getVariables());
    execution.setProcessBusinessKey(taken.caseNumber());
    CASE_NUMBER.set(execution, taken.caseNumber());
    execution.setVariables(taken.request());
  }
}
