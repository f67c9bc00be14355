package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * P4, the {@code end} listener of 核查报修记录: solved per the record, or back to the department with the reason; the
 * revisit's subject (a paid service's includes its price to check).
 */
@Component("checkRepairRecordListener")
class CheckRepairRecordListener implements ExecutionListener {

  private final RepairSteps steps;

  CheckRepairRecordListener(RepairSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    boolean solved = RECORD_SOLVED.isTrue(execution);
    steps.checkRecord(solved, CHECK_NOTE.text(execution));
    RECORD_SOLVED.set(execution, solved);
    REVISIT_SUBJECT.set(execution, steps.revisitSubject(FAULT_KIND_LABEL.get(execution), DESCRIPTION.get(execution),
        CHARGEABLE.isTrue(execution), AGREED_PRICE.get(execution)));
  }
}
