package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** P2, P3, the {@code end} listener of 到场查勘: the arrival against the response deadline, and a paid repair's agreed price. */
@Component("recordRepairArrivalListener")
class RecordArrivalListener implements ExecutionListener {

  private final RepairSteps steps;

  RecordArrivalListener(RepairSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    RepairSteps.OnSite onSite = steps.arrive(TECHNICIAN.text(execution), execution.getVariable(ARRIVED_AT_INPUT),
        FINDINGS.text(execution), CHARGEABLE.isTrue(execution), PLACE.get(execution), AGREED_PRICE.text(execution),
        PRICE_AGREED_WITH_OWNER.isTrue(execution), RECEIVED_AT.get(execution), RESPONSE_DUE.get(execution));
    TECHNICIAN.set(execution, TECHNICIAN.get(execution).strip());
    ARRIVED_AT.set(execution, onSite.arrivedAt());
    RESPONDED_IN_TIME.set(execution, onSite.respondedInTime());
    CHARGEABLE.set(execution, onSite.chargeable());
    AGREED_PRICE.set(execution, onSite.agreedPrice());
    PRICE_AGREED_WITH_OWNER.set(execution, onSite.chargeable());
  }
}
