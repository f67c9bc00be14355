package com.huifang.procurement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Q1 start of procurement-purchase: the purchase checked, numbered and put on the register ({@link ProcurementSteps#register}). */
@Component("registerPurchaseListener")
class RegisterPurchaseListener implements ExecutionListener {

  static final String INITIATOR = "initiator";

  private final ProcurementSteps steps;

  RegisterPurchaseListener(ProcurementSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var kept = steps.register(execution.getVariables(), (String) execution.getVariable(INITIATOR));
    execution.setProcessBusinessKey((String) kept.get(Procurement.Vars.PURCHASE_NUMBER.name()));
    execution.setVariables(kept);
  }
}
