package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * C17, 审批不合格品/服务记录处理单: as the task's {@code complete} listener it keeps who decided (for the register);
 * as the activity's {@code end} listener, approved or returned with a reason ({@link ComplaintSteps#decideNonConformity}).
 */
@Component("decideNonConformityListener")
class DecideNonConformityListener implements TaskListener, ExecutionListener {

  private final ComplaintSteps steps;

  DecideNonConformityListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    NON_CONFORMITY_APPROVER.set(task.getExecution(), RecordNonConformityListener.completer(task));
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    NON_CONFORMITY_APPROVED.set(execution, steps.decideNonConformity(execution.getVariable(NON_CONFORMITY_APPROVED.name()),
        NON_CONFORMITY_RETURN_REASON.get(execution)));
  }
}
