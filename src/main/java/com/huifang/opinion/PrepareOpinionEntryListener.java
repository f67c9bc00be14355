package com.huifang.opinion;

import static com.huifang.opinion.OpinionRegister.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.DateInput;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At the start of an entry: refuses an incomplete one field by field ({@link OpinionSteps}), so the start form shows
 * the messages; numbers it (YJ-…, the business key) and fixes when the opinion was received (default now).
 */
@Component("prepareOpinionEntryListener")
class PrepareOpinionEntryListener implements ExecutionListener {

  private final OpinionSteps steps;
  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;

  PrepareOpinionEntryListener(OpinionSteps steps, CaseNumberService caseNumbers, HuifangProperties properties) {
    this.steps = steps;
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var receivedAt = DateInput.parse(execution.getVariable(RECEIVED_AT), properties.zone());
    Date now = EngineClock.nowAsDate();
    steps.check(SOURCE.get(execution), KIND.get(execution), CONTENT.get(execution), ACTION_TAKEN.get(execution),
        OWNER_PHONE.get(execution), receivedAt, now).throwIfAny();
    String number = caseNumbers.next(OpinionRegister.NUMBER_PREFIX);
    execution.setProcessBusinessKey(number);
    ENTRY_NUMBER.set(execution, number);
    RECEIVED.set(execution, receivedAt.orElse(now));
  }
}
