package com.huifang.specialrevisit;

import static com.huifang.specialrevisit.SpecialRevisit.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.owner.OwnerContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At the start of a campaign: its households chosen ({@link SpecialRevisitSteps}; a refusal answers the start form
 * field by field), the campaign numbered (the business key) and each household given its revisit's number.
 */
@Component("prepareSpecialRevisitListener")
class PrepareSpecialRevisitListener implements ExecutionListener {

  private final SpecialRevisitSteps steps;
  private final CaseNumberService caseNumbers;

  PrepareSpecialRevisitListener(SpecialRevisitSteps steps, CaseNumberService caseNumbers) {
    this.steps = steps;
    this.caseNumbers = caseNumbers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<OwnerContact> chosen = steps.select(REASON.get(execution), SUBJECT.get(execution), PROJECT.get(execution),
        BUILDING.get(execution), UNITS.get(execution), execution.getTenantId());
    String number = caseNumbers.next(SpecialRevisit.NUMBER_PREFIX);
    execution.setProcessBusinessKey(number);
    String label = SpecialRevisit.REASONS.get(REASON.get(execution));
    String subject = "专项回访(" + label + "):" + SUBJECT.get(execution).strip();
    List<Map<String, Object>> households = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      OwnerContact owner = chosen.get(i);
      households.add(new Household("%s-%03d".formatted(number, i + 1), owner.unit(), owner.ownerName(), owner.phone(),
          subject).asMap());
    }
    REASON_LABEL.set(execution, label);
    HOUSEHOLD_COUNT.set(execution, households.size());
    execution.setVariable(HOUSEHOLDS, households);
  }
}
