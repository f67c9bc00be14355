package com.huifang.errand;

import static com.huifang.errand.Errand.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** E10, the {@code end} listener of the card-text decision: keeps the card text and the call phrase for the forms. */
@Component("applyCardTextListener")
class ApplyCardTextListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Map<?, ?> decision = (Map<?, ?>) execution.getVariable(CARD_DECISION_RESULT);
    CARD_TEXT.set(execution, (String) decision.get(CARD_TEXT.name()));
    CALL_PHRASE.set(execution, (String) decision.get(CALL_PHRASE.name()));
  }
}
