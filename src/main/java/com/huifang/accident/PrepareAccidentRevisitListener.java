package com.huifang.accident;

import static com.huifang.accident.Accident.Vars.*;

import com.huifang.engine.CaseNumberService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** At the report: refused field by field when incomplete ({@link AccidentSteps#reported}); numbered SG-…. */
@Component("prepareAccidentRevisitListener")
class PrepareAccidentRevisitListener implements ExecutionListener {

  private final AccidentSteps steps;
  private final CaseNumberService caseNumbers;

  PrepareAccidentRevisitListener(AccidentSteps steps, CaseNumberService caseNumbers) {
    this.steps = steps;
    this.caseNumbers = caseNumbers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    steps.reported(OWNER_NAME.get(execution), UNIT.get(execution), OWNER_PHONE.get(execution), KIND.get(execution),
        DESCRIPTION.get(execution)).throwIfAny();
    String number = caseNumbers.next(Accident.NUMBER_PREFIX);
    execution.setProcessBusinessKey(number);
    CASE_NUMBER.set(execution, number);
    KIND_LABEL.set(execution, Accident.KINDS.get(KIND.get(execution)));
  }
}
