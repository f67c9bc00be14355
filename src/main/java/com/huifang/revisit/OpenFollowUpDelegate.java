package com.huifang.revisit;

import static com.huifang.revisit.OwnerRevisit.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DateInput;
import com.huifang.revisit.OwnerFollowUp.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * R4: opens the follow-up case for a new issue raised in a revisit: its own number ({@code FU-…}),
 * linked to the revisited case, with the reply due at the time agreed with the owner.
 * Runs asynchronously (the model's asyncBefore), so a failure becomes a retried job, never a lost issue.
 */
@Component("openFollowUpDelegate")
class OpenFollowUpDelegate implements JavaDelegate {

  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;

  OpenFollowUpDelegate(CaseNumberService caseNumbers, HuifangProperties properties) {
    this.caseNumbers = caseNumbers;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = caseNumbers.next(OwnerFollowUp.NUMBER_PREFIX);
    String type = NEW_ISSUE_TYPE.get(execution);
    VariableMap variables = Variables.createVariables()
        .putValue(CASE_NUMBER.name(), number)
        .putValue(Vars.SOURCE_CASE_NUMBER.name(), CASE_NUMBER.get(execution))
        .putValue(OWNER_NAME.name(), OWNER_NAME.get(execution))
        .putValue(UNIT.name(), UNIT.get(execution))
        .putValue(OWNER_PHONE.name(), OWNER_PHONE.get(execution))
        .putValue(Vars.ISSUE_TYPE.name(), type)
        .putValue(Vars.ISSUE_TYPE_LABEL.name(), RevisitRecord.COMPLAINT.equals(type) ? "投诉" : "意见建议")
        .putValue(Vars.ISSUE_DESCRIPTION.name(), NEW_ISSUE_DESCRIPTION.get(execution))
        .putValue(Vars.REPLY_DUE.name(),
            DateInput.parse(execution.getVariable(REPLY_APPOINTMENT), properties.zone()).orElse(null))
        .putValue(Vars.REPLY_GROUP.name(), GROUP.get(execution));
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(OwnerFollowUp.KEY, number, variables);
    FOLLOW_UP_NUMBER.set(execution, number);
  }
}
