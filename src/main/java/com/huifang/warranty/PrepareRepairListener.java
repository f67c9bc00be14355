package com.huifang.warranty;

import static com.huifang.warranty.Warranty.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a repair is requested (W6): the request recorded with its dispatch deadline ({@link WarrantySteps#requestRepair}).
 * The case number stays the business key. Whether the repair falls in the warranty is the caller's to say
 * ({@code inWarranty}); without it the after-warranty rule applies.
 */
@Component("prepareRepairListener")
class PrepareRepairListener implements ExecutionListener {

  private final WarrantySteps steps;

  PrepareRepairListener(WarrantySteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    WarrantySteps.Requested requested = steps.requestRepair(FAULT_DESCRIPTION.get(execution));
    REQUESTED_AT.set(execution, requested.at());
    DISPATCH_DUE.set(execution, requested.dispatchDue());
    IN_WARRANTY.set(execution, Boolean.TRUE.equals(IN_WARRANTY.get(execution)));
    CASE_NUMBER.set(execution, execution.getProcessBusinessKey());
    REPAIR_VISITS.set(execution, 0);
    REVISIT_COUNT.set(execution, 0);
  }
}
