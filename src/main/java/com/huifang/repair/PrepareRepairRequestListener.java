package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At receipt (P1): the intake checked, the owner's phone filled from the register, the case numbered
 * {@code WX-yyyyMMdd-NNNN} as its business key ({@link RepairSteps#receive}); whoever took it is its first contact.
 */
@Component("prepareRepairRequestListener")
class PrepareRepairRequestListener implements ExecutionListener {

  private final RepairSteps steps;

  PrepareRepairRequestListener(RepairSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RepairSteps.Received received = steps.receive(execution.getVariables());
    execution.setProcessBusinessKey(received.caseNumber());
    CASE_NUMBER.set(execution, received.caseNumber());
    if (received.ownerPhone() != null) {
      OWNER_PHONE.set(execution, received.ownerPhone());
    }
    for (var text : java.util.List.of(CHANNEL, OWNER_NAME, UNIT, PLACE, FAULT_KIND, DESCRIPTION, URGENCY)) {
      text.set(execution, text.get(execution).strip());
    }
    if (FIRST_CONTACT.get(execution) == null) {
      FIRST_CONTACT.set(execution, (String) execution.getVariable("initiator"));
    }
    RECEIVED_AT.set(execution, received.receivedAt());
    RECEIVED_AT_TEXT.set(execution, received.receivedAtText());
    CHANNEL_LABEL.set(execution, received.channelLabel());
    PLACE_LABEL.set(execution, received.placeLabel());
    FAULT_KIND_LABEL.set(execution, received.faultKindLabel());
    PREFERRED_TIME_TEXT.set(execution, received.preferredTimeText());
    URGENCY_LABEL.set(execution, Repair.URGENCIES.get(URGENCY.get(execution))); // the table may make it urgent
    WORK_VISITS.set(execution, 0);
    REVISIT_COUNT.set(execution, 0);
    CHARGEABLE.set(execution, false);
  }
}
