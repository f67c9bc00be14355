package com.huifang.procurement;

import static com.huifang.procurement.Procurement.Vars.*;

import com.huifang.procurement.Procurement.PurchaseElements;
import com.huifang.procurement.Procurement.RevisitElements;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a procurement task, what it recorded goes to the register ({@link ProcurementSteps}): the issuer's
 * phone or address (Q1), the revisit on the 采购物资供方回访表 (Q3), the buyer's explanation, its assessment and the
 * finance manager's outcome (Q4).
 */
@Component("recordProcurementStepListener")
class RecordProcurementStepListener implements TaskListener {

  private final ProcurementSteps steps;

  RecordProcurementStepListener(ProcurementSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = task.getVariables();
    String number = PURCHASE_NUMBER.get(task);
    String sampleId = SAMPLE_ID.get(task);
    switch (task.getTaskDefinitionKey()) {
      case PurchaseElements.COMPLETE_ISSUER -> {
        ISSUER_CONTACT.set(task.getExecution(), steps.completeIssuer(number, vars));
        ISSUER_MISSING.set(task.getExecution(), false);
      }
      case RevisitElements.REVISIT_SUPPLIER ->
          task.getExecution().setVariables(steps.recordRevisit(sampleId, number, UNIT_PRICE.get(task), vars));
      case RevisitElements.EXPLAIN ->
          EXPLANATION_TEXT.set(task.getExecution(), steps.recordExplanation(sampleId, number, vars));
      case RevisitElements.ASSESS ->
          EXPLANATION_ACCEPTED.set(task.getExecution(), steps.recordAssessment(sampleId, number, vars));
      case RevisitElements.FINANCE_MANAGER ->
          FINANCE_OUTCOME.set(task.getExecution(), steps.recordOutcome(sampleId, number, vars));
      default -> throw new IllegalStateException("no procurement step " + task.getTaskDefinitionKey());
    }
  }
}
