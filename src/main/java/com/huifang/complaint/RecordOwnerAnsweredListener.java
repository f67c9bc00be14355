package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** C5, the {@code end} listener of 答复业主: the answer given is recorded; the case is now answered. */
@Component("recordOwnerAnsweredListener")
class RecordOwnerAnsweredListener implements ExecutionListener {

  private final ComplaintSteps steps;

  RecordOwnerAnsweredListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    steps.answerOwner(execution.getVariable(ComplaintSteps.ANSWER));
    OWNER_ANSWERED.set(execution, true);
  }
}
