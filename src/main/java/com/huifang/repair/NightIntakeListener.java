package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** C2 for repairs, the {@code end} listener of the control center's night task ({@link RepairSteps#nightShift}). */
@Component("repairNightIntakeListener")
class NightIntakeListener implements ExecutionListener {

  private final RepairSteps steps;

  NightIntakeListener(RepairSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    steps.nightShift(NIGHT_DISPOSAL.text(execution));
  }
}
