package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.EngineUsers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * C17, 填写不合格品/服务记录处理单: as the task's {@code complete} listener it keeps who filled the record, so that a
 * returned record goes back to them; as the activity's {@code end} listener (which runs after it, in the same
 * transaction, and refuses bad input with a 400) it checks the record ({@link ComplaintSteps#recordNonConformity}).
 */
@Component("recordNonConformityListener")
class RecordNonConformityListener implements TaskListener, ExecutionListener {

  private final ComplaintSteps steps;

  RecordNonConformityListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    NON_CONFORMITY_FILLER.set(task.getExecution(), completer(task));
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    execution.setVariable(CORRECTIVE_ACTION_DUE, steps.recordNonConformity(NON_CONFORMITY_CONTENT.get(execution),
        CAUSE_ANALYSIS.get(execution), RESPONSIBLE_PERSON.get(execution), NON_CONFORMITY_ACTION.get(execution),
        execution.getVariable(CORRECTIVE_ACTION_DUE)));
  }

  /** Who completes a task: its assignee (Tasklist claims before completing), else the authenticated user. */
  static String completer(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return EngineUsers.current(task.getProcessEngineServices().getIdentityService())
        .map(EngineUsers.Caller::userId).orElse(null);
  }
}
