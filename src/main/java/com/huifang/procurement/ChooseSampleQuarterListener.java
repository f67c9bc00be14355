package com.huifang.procurement;

import static com.huifang.procurement.Procurement.Vars.*;

import com.huifang.engine.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Q2 start of procurement-revisit-quarter: the quarter to sample, the one before the start (the timer's), or the one
 * finance names on the start form ({@link ProcurementSteps#sampleQuarter}); it is the case's business key.
 */
@Component("chooseSampleQuarterListener")
class ChooseSampleQuarterListener implements ExecutionListener {

  private final ProcurementSteps steps;

  ChooseSampleQuarterListener(ProcurementSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Quarter quarter = steps.sampleQuarter(execution.getVariable(QUARTER.name()), EngineClock.nowAsDate());
    execution.setProcessBusinessKey(quarter.toString());
    QUARTER.set(execution, quarter.toString());
  }
}
