package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C2, the {@code end} listener of the control center's night task: an urgent complaint is dispatched at
 * once and the disposal is recorded; a non-urgent one waits for the next office day only when the owner
 * agrees, otherwise the control center handles it tonight as well.
 */
@Component("nightShiftListener")
class NightShiftListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    boolean urgent = Boolean.TRUE.equals(URGENT.get(execution));
    boolean defer = !urgent && Boolean.TRUE.equals(OWNER_CONSENTS_TO_DEFER.get(execution));
    String disposal = NIGHT_DISPOSAL.get(execution);
    new InvalidInput()
        .require(defer || (disposal != null && !disposal.isBlank()), NIGHT_DISPOSAL.name(),
            "紧急或业主不同意次日处理的,须立即派人处置并记录处置情况")
        .throwIfAny();
    URGENT.set(execution, urgent);
    DEFER_TO_NEXT_OFFICE_DAY.set(execution, defer);
  }
}
