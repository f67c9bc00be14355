package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.HuifangProperties;
import com.huifang.revisit.NewIssue;
import com.huifang.revisit.NewIssueIntake;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * R4: a complaint or a suggestion an owner raised in a revisit becomes a complaint-handling case of its own (channel
 * 回访中提出, naming the revisited case), counted in K1 and written in the complaint log like any other (C1–C21); the
 * revisitor is its first contact, the office the revisit's. The start listener checks it as it checks every intake.
 */
@Component
class ComplaintFromRevisit implements NewIssueIntake {

  private final RuntimeService runtime;
  private final HuifangProperties properties;

  ComplaintFromRevisit(RuntimeService runtime, HuifangProperties properties) {
    this.runtime = runtime;
    this.properties = properties;
  }

  @Override
  public boolean opens(String kind) {
    return NewIssue.COMPLAINT.equals(kind) || NewIssue.SUGGESTION.equals(kind);
  }

  @Override
  public String open(NewIssue issue) {
    ComplaintRequest request = new ComplaintRequest(NewIssue.CHANNEL, issue.kind(), issue.ownerName(), issue.unit(),
        issue.ownerPhone(), issue.description(), null, false, false, null, issue.officeId(), null, false, null,
        issue.originCaseNumber());
    Map<String, Object> variables = request.variables(properties.zone());
    variables.put("initiator", issue.raisedTo());
    variables.put(FIRST_CONTACT.name(), issue.raisedTo());
    if (issue.replyAppointment() != null) {
      variables.put(REPLY_APPOINTMENT.name(), issue.replyAppointment());
    }
    return runtime.startProcessInstanceByKey(Complaint.KEY, variables).getBusinessKey();
  }
}
