package com.huifang.revisit;

import static com.huifang.revisit.OwnerRevisit.Vars.*;

import com.huifang.engine.DateInput;
import com.huifang.engine.HuifangProperties;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R4: a new issue raised in a revisit becomes a new linked case of its own kind: a complaint or a suggestion
 * (complaint-handling) or a repair request (property-repair), opened by that feature's {@link NewIssueIntake}, in the
 * revisit's office, with the revisitor as its first contact and the appointment agreed with the owner. The new case's
 * number is kept on the revisit ({@code followUpCaseNumber}). Runs asynchronously (the model's asyncBefore), so a
 * failure becomes a retried job and an incident, never a lost issue.
 */
@Component("openFollowUpDelegate")
class OpenFollowUpDelegate implements JavaDelegate {

  private final List<NewIssueIntake> intakes;
  private final HuifangProperties properties;

  OpenFollowUpDelegate(List<NewIssueIntake> intakes, HuifangProperties properties) {
    this.intakes = intakes;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NewIssue issue = new NewIssue(NEW_ISSUE_TYPE.get(execution), CASE_NUMBER.get(execution),
        OWNER_NAME.get(execution), UNIT.get(execution), OWNER_PHONE.get(execution),
        NEW_ISSUE_DESCRIPTION.get(execution),
        DateInput.parse(execution.getVariable(REPLY_APPOINTMENT), properties.zone()).orElse(null),
        REVISITED_BY.get(execution), execution.getTenantId(),
        NEW_ISSUE_PLACE.get(execution), NEW_ISSUE_FAULT_KIND.get(execution), NEW_ISSUE_URGENCY.get(execution));
    NewIssueIntake intake = intakes.stream().filter(i -> i.opens(issue.kind())).findFirst()
        .orElseThrow(() -> new IllegalStateException("无法登记回访中提出的新问题:没有处理“" + issue.kind() + "”类的流程"));
    FOLLOW_UP_NUMBER.set(execution, intake.open(issue));
  }
}
