package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.FIRST_CONTACT;

import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.revisit.NewIssue;
import com.huifang.revisit.NewIssueIntake;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * R4, P1: a repair an owner asked for in a revisit becomes a repair request of its own (channel 回访中提出, naming the
 * revisited case), in the 报修受理记录 like any other; the revisitor is its first contact, the office the revisit's, and
 * the time agreed with the owner is the owner's chosen time (P2) while it still lies ahead.
 */
@Component
class RepairFromRevisit implements NewIssueIntake {

  private final RuntimeService runtime;
  private final HuifangProperties properties;

  RepairFromRevisit(RuntimeService runtime, HuifangProperties properties) {
    this.runtime = runtime;
    this.properties = properties;
  }

  @Override
  public boolean opens(String kind) {
    return NewIssue.REPAIR.equals(kind);
  }

  @Override
  public String open(NewIssue issue) {
    String preferred = issue.replyAppointment() != null && issue.replyAppointment().after(EngineClock.nowAsDate())
        ? issue.replyAppointment().toInstant().toString() : null;
    RepairRequest request = new RepairRequest(NewIssue.CHANNEL, issue.ownerName(), issue.unit(), issue.ownerPhone(),
        issue.place(), issue.faultKind(), issue.description(), issue.urgency(), preferred, issue.originCaseNumber(),
        issue.officeId());
    Map<String, Object> variables = request.variables(properties.zone());
    variables.put("initiator", issue.raisedTo());
    variables.put(FIRST_CONTACT.name(), issue.raisedTo());
    return runtime.startProcessInstanceByKey(Repair.KEY, variables).getBusinessKey();
  }
}
