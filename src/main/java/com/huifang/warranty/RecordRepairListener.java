package com.huifang.warranty;

import static com.huifang.warranty.Warranty.Vars.*;

import com.huifang.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** W6, the {@code end} listener of 维修: what was done, and whether the owner confirms it is fully repaired. */
@Component("recordRepairListener")
class RecordRepairListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // ended by the warranty end or a cancelled case: nothing was submitted
    }
    String work = REPAIR_WORK.get(execution);
    new InvalidInput().require(work != null && !work.isBlank(), REPAIR_WORK.name(), "请填写本次维修内容").throwIfAny();
    OWNER_CONFIRMS_REPAIRED.set(execution, Boolean.TRUE.equals(OWNER_CONFIRMS_REPAIRED.get(execution)));
    REPAIR_VISITS.set(execution, REPAIR_VISITS.getOrDefault(execution, 0) + 1);
  }
}
