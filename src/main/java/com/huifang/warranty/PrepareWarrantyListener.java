package com.huifang.warranty;

import static com.huifang.warranty.Warranty.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At completion acceptance (W1): the registration checked and numbered, its warranty end and revisit schedule
 * computed ({@link WarrantySteps#register}), and kept as the case's variables with the number as business key.
 */
@Component("prepareWarrantyListener")
class PrepareWarrantyListener implements ExecutionListener {

  private final WarrantySteps steps;

  PrepareWarrantyListener(WarrantySteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    WarrantySteps.Registered registered = steps.register(execution.getVariables());
    execution.setProcessBusinessKey(registered.caseNumber());
    CASE_NUMBER.set(execution, registered.caseNumber());
    registered.texts().forEach(execution::setVariable);
    execution.setVariable(HANDOVER_DATE, registered.handover());
    HANDOVER_DATE_TEXT.set(execution, registered.handoverText());
    execution.setVariable(WORK_KINDS, registered.workCodes());
    WORK_KINDS_LABEL.set(execution, registered.workLabels());
    execution.setVariable(WARRANTY_YEARS, registered.years());
    WARRANTY_END.set(execution, registered.warrantyEnd());
    WARRANTY_END_TEXT.set(execution, registered.warrantyEndText());
    execution.setVariable(REVISIT_SCHEDULE, registered.schedule());
  }
}
