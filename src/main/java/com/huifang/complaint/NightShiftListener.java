package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C2, the {@code end} listener of the control center's night task ({@link ComplaintSteps#nightShift}); a complaint
 * deferred with the owner's consent has its clocks start at the next office day (C15).
 */
@Component("nightShiftListener")
class NightShiftListener implements ExecutionListener {

  private final ComplaintSteps steps;

  NightShiftListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    ComplaintSteps.NightShift decided = steps.nightShift(Boolean.TRUE.equals(URGENT.get(execution)),
        Boolean.TRUE.equals(OWNER_CONSENTS_TO_DEFER.get(execution)), NIGHT_DISPOSAL.get(execution));
    URGENT.set(execution, decided.urgent());
    DEFER_TO_NEXT_OFFICE_DAY.set(execution, decided.deferToNextOfficeDay());
    if (decided.deferToNextOfficeDay()) {
      // C15: the owner agreed to wait, so the service-level clocks start when the next office day does
      CLOCKS_START.set(execution, NEXT_OFFICE_DAY_START.get(execution));
    }
  }
}
