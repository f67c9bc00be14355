package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At receipt (C1, C12, C14): the intake checked, the contact filled from the owner register, the case numbered
 * {@code TS-yyyyMMdd-NNNN} as its business key ({@link ComplaintSteps#receive}); the case's counters start.
 */
@Component("prepareComplaintListener")
class PrepareComplaintListener implements ExecutionListener {

  private final ComplaintSteps steps;

  PrepareComplaintListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ComplaintSteps.Received received = steps.receive(execution.getVariables());
    if (received.ownerPhone() != null) {
      OWNER_PHONE.set(execution, received.ownerPhone());
    }
    if (received.ownerName() != null) {
      OWNER_NAME.set(execution, received.ownerName());
    }
    execution.setProcessBusinessKey(received.caseNumber());
    CASE_NUMBER.set(execution, received.caseNumber());
    if (received.firstContactFromInitiator()) {
      FIRST_CONTACT.set(execution, received.firstContact());
    }
    RECEIVED_AT.set(execution, received.receivedAt());
    CLOCKS_START.set(execution, received.receivedAt());
    ANONYMOUS.set(execution, received.anonymous());
    REPLY_LETTER_ONLY.set(execution, received.replyLetterOnly());
    REVISITABLE.set(execution, received.revisitable());
    SOLVED_ON_THE_SPOT.set(execution, received.solvedOnTheSpot());
    // C16: fixed at the counter: the owner was answered and the fix is the resolution reported and logged
    OWNER_ANSWERED.set(execution, received.solvedOnTheSpot());
    if (received.solvedOnTheSpot()) {
      RESOLUTION.set(execution, received.onTheSpotResolution());
    }
    NON_CONFORMITY.set(execution, false);
    REVISIT_COUNT.set(execution, 0);
    if (execution.getVariable(ECONOMIC_LOSS) == null) {
      execution.setVariable(ECONOMIC_LOSS, 0L);
    }
  }
}
