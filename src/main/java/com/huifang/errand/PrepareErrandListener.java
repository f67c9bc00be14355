package com.huifang.errand;

import com.huifang.engine.EngineClock;
import static com.huifang.errand.Errand.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When an errand is taken (E1, E10): checks the request, numbers the case {@code WT-yyyyMMdd-NNNN} as its
 * business key and keeps the request normalized (the promised delivery time as a date for the timer, the
 * estimated cost as exact text).
 */
@Component("prepareErrandListener")
class PrepareErrandListener implements ExecutionListener {

  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;

  PrepareErrandListener(CaseNumberService caseNumbers, HuifangProperties properties) {
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ErrandRequest request = ErrandRequest.check(execution.getVariables(), EngineClock.now(),
        properties.zone());
    InvalidInput.throwIfAny(request.errors());
    String number = caseNumbers.next(Errand.NUMBER_PREFIX);
    execution.setProcessBusinessKey(number);
    CASE_NUMBER.set(execution, number);
    execution.setVariables(request.prepared());
  }
}
