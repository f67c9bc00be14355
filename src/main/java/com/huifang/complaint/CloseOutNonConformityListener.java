package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * C17, 纠正措施验证关闭: as the task's {@code complete} listener it keeps who closed the record; as the activity's
 * {@code end} listener, the corrective action's result and the close-out check recorded
 * ({@link ComplaintSteps#closeOutNonConformity}).
 */
@Component("closeOutNonConformityListener")
class CloseOutNonConformityListener implements TaskListener, ExecutionListener {

  private final ComplaintSteps steps;

  CloseOutNonConformityListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    CLOSED_OUT_BY.set(task.getExecution(), RecordNonConformityListener.completer(task));
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    steps.closeOutNonConformity(CORRECTIVE_ACTION_RESULT.get(execution), CLOSE_OUT_CHECK.get(execution));
  }
}
