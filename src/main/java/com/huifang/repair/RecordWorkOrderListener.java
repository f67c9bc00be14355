package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** P3, the {@code end} listener of 填写维修申请单: one visit added to the same order ({@link RepairSteps#workOrder}). */
@Component("recordRepairWorkOrderListener")
class RecordWorkOrderListener implements ExecutionListener {

  private final RepairSteps steps;

  RecordWorkOrderListener(RepairSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    boolean fixed = FIXED.isTrue(execution);
    RepairSteps.WorkRecorded recorded = steps.workOrder(WORK_DONE.text(execution), MATERIALS.text(execution),
        LABOUR.text(execution), fixed, OWNER_SIGNED.isTrue(execution), OWNER_ATTITUDE.text(execution),
        WORK_VISITS.getOrDefault(execution, 0), WORK_LOG.get(execution), MATERIALS_USED.get(execution));
    FIXED.set(execution, fixed);
    OWNER_SIGNED.set(execution, OWNER_SIGNED.isTrue(execution));
    WORK_VISITS.set(execution, recorded.visits());
    WORK_LOG.set(execution, recorded.workLog());
    MATERIALS_USED.set(execution, recorded.materialsUsed());
    if (recorded.completedAt() != null) {
      COMPLETED_AT.set(execution, recorded.completedAt());
    }
  }
}
