package com.huifang.procurement;

import static com.huifang.procurement.Procurement.Vars.*;

import com.huifang.procurement.Procurement.PurchaseElements;
import com.huifang.procurement.Procurement.RevisitElements;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a procurement task is completed (its end), what it recorded goes to the register ({@link ProcurementSteps}): the issuer's
 * phone or address (Q1), the revisit on the 采购物资供方回访表 (Q3), the buyer's explanation, its assessment and the
 * finance manager's outcome (Q4); finance's half-year summary is checked (Q5, history keeps it).
 */
@Component("recordProcurementStepListener")
class RecordProcurementStepListener implements ExecutionListener {

  private final ProcurementSteps steps;

  RecordProcurementStepListener(ProcurementSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return; // the case was deleted or migrated away from the task: nothing was submitted
    }
    var vars = task.getVariables();
    String number = PURCHASE_NUMBER.get(task);
    String sampleId = SAMPLE_ID.get(task);
    switch (task.getCurrentActivityId()) {
      case PurchaseElements.COMPLETE_ISSUER -> {
        ISSUER_CONTACT.set(task, steps.completeIssuer(number, vars));
        ISSUER_MISSING.set(task, false);
      }
      case RevisitElements.REVISIT_SUPPLIER ->
          task.setVariables(steps.recordRevisit(sampleId, number, UNIT_PRICE.get(task), vars));
      case RevisitElements.EXPLAIN ->
          EXPLANATION_TEXT.set(task, steps.recordExplanation(sampleId, number, vars));
      case RevisitElements.ASSESS ->
          EXPLANATION_ACCEPTED.set(task, steps.recordAssessment(sampleId, number, vars));
      case RevisitElements.FINANCE_MANAGER ->
          FINANCE_OUTCOME.set(task, steps.recordOutcome(sampleId, number, vars));
      case Procurement.SummaryElements.SUMMARISE -> steps.checkSummary(vars);
      default -> throw new IllegalStateException("no procurement step " + task.getCurrentActivityId());
    }
  }
}
