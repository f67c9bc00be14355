package com.huifang.warranty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The {@code end} listener of the scheduled revisits' checklists (tile, wood, on site): what the seed's 回访制度 asks
 * to be done is recorded, whoever submits it (Tasklist or the REST API), by the rules of {@link WarrantySteps}. The
 * on-site revisit may book the next visit ({@code nextVisitDue}, local to the revisit: a timer brings it back then).
 * One bean for the three checklists because every deployed version of the model names it.
 */
@Component("recordRevisitChecklistListener")
class RecordRevisitChecklistListener implements ExecutionListener {

  static final String NEXT_VISIT_AT = "nextVisitAt";
  static final String NEXT_VISIT_DUE = "nextVisitDue";

  private final WarrantySteps steps;

  RecordRevisitChecklistListener(WarrantySteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // ended by the warranty end or a cancelled case: nothing was submitted
    }
    switch (execution.getCurrentActivityId()) {
      case Warranty.Elements.TILE_REVISIT -> steps.tileRevisit(text(execution, "tileFindings"),
          isTrue(execution, "cleaningAdviceGiven"));
      case Warranty.Elements.WOOD_REVISIT -> steps.woodRevisit(text(execution, "woodFindings"));
      default -> {
        var nextVisit = steps.onSiteRevisit(isTrue(execution, "monitoringPointsChecked"),
            isTrue(execution, "wiringRetested"), text(execution, "onSiteRecord"), execution.getVariable(NEXT_VISIT_AT));
        // local to this revisit (declared by the sub-process's input mapping), like the checklist answers
        execution.setVariable(NEXT_VISIT_DUE, nextVisit.orElse(null));
      }
    }
  }

  private static String text(DelegateExecution execution, String name) {
    return execution.getVariable(name) instanceof String s ? s : null;
  }

  private static boolean isTrue(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }
}
