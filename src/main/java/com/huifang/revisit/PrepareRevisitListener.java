package com.huifang.revisit;

import static com.huifang.revisit.OwnerRevisit.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** At the start of a revisit: who and what is revisited checked, and the defaults filled ({@link RevisitSteps#open}). */
@Component("prepareRevisitListener")
class PrepareRevisitListener implements ExecutionListener {

  private final RevisitSteps steps;

  PrepareRevisitListener(RevisitSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RevisitSteps.Opened opened = steps.open(OWNER_NAME.get(execution), UNIT.get(execution), SUBJECT.get(execution),
        OWNER_PHONE.get(execution), execution.getProcessBusinessKey(), CASE_NUMBER.get(execution),
        GROUP.get(execution), execution.getVariable(DUE.name()), ROUND.get(execution), CATEGORY.get(execution));
    if (opened.newBusinessKey()) {
      execution.setProcessBusinessKey(opened.caseNumber());
    }
    CASE_NUMBER.set(execution, opened.caseNumber());
    if (opened.group() != null) {
      GROUP.set(execution, opened.group());
    }
    DUE.set(execution, opened.due());
    SUBJECT.set(execution, opened.subject());
    CALLER_RECTIFIES.set(execution, Boolean.TRUE.equals(CALLER_RECTIFIES.get(execution)));
    ROUND.set(execution, opened.round());
  }
}
