package com.huifang.warranty;

import static com.huifang.warranty.Warranty.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** W6, the {@code end} listener of 维修: what was done, and whether the owner confirms it is fully repaired. */
@Component("recordRepairListener")
class RecordRepairListener implements ExecutionListener {

  private final WarrantySteps steps;

  RecordRepairListener(WarrantySteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // ended by the warranty end or a cancelled case: nothing was submitted
    }
    int visits = steps.repairRound(REPAIR_WORK.get(execution), REPAIR_VISITS.getOrDefault(execution, 0));
    OWNER_CONFIRMS_REPAIRED.set(execution, Boolean.TRUE.equals(OWNER_CONFIRMS_REPAIRED.get(execution)));
    REPAIR_VISITS.set(execution, visits);
  }
}
