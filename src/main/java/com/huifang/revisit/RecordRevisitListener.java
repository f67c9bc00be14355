package com.huifang.revisit;

import com.huifang.engine.EngineClock;
import static com.huifang.revisit.OwnerRevisit.Vars.*;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DateInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Completing a revisit, in two steps on {@code UserTask_ConductRevisit}:
 * <ul>
 *   <li>as its {@code complete} task listener: notes who revisited (the assignee) and when, and keeps
 *       this round's method, signature and satisfaction as local variables of the task, so history
 *       holds every round for the KPIs (R7);</li>
 *   <li>as its {@code end} execution listener: checks the record (R2, R3, R4, R6) and refuses an
 *       incomplete one, which rolls the completion back and answers 400; then stores the method and
 *       whether the owner is satisfied (R5, R7).</li>
 * </ul>
 * The check runs as an execution listener because the engine wraps task-listener exceptions, which
 * would turn a form error into a 500. A cancelled revisit (its caller interrupted) is not checked.
 */
@Component("recordRevisitListener")
class RecordRevisitListener implements TaskListener, ExecutionListener {

  private final HuifangProperties properties;

  RecordRevisitListener(HuifangProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    REVISITED_BY.set(task, task.getAssignee());
    REVISITED_AT.set(task, EngineClock.nowAsDate());
    task.setVariableLocal(ROUND_METHOD.name(), METHOD.get(task));
    // K2 counts signatures of on-site visits only
    task.setVariableLocal(ROUND_OWNER_SIGNED.name(),
        RevisitMethod.ON_SITE.id().equals(METHOD.get(task)) && Boolean.TRUE.equals(OWNER_SIGNED.get(task)));
    task.setVariableLocal(ROUND_SATISFACTION.name(), SATISFACTION.get(task));
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    RevisitRecord record = recordOf(execution);
    record.validate(EngineClock.nowAsDate()).throwIfAny();
    SATISFIED.set(execution, record.satisfied());
    METHOD_LABEL.set(execution, record.methodLabel());
    NEW_ISSUE_RAISED.set(execution, Boolean.TRUE.equals(record.newIssueRaised()));
  }

  private RevisitRecord recordOf(VariableScope scope) {
    return new RevisitRecord(
        METHOD.get(scope), OWNER_SIGNED.get(scope), OWNER_ATTITUDE.get(scope), SATISFACTION.get(scope),
        FIX_EFFECT.get(scope), NEW_ISSUE_RAISED.get(scope), NEW_ISSUE_TYPE.get(scope),
        NEW_ISSUE_DESCRIPTION.get(scope),
        DateInput.parse(scope.getVariable(REPLY_APPOINTMENT), properties.zone()),
        new RevisitRecord.NewRepair(NEW_ISSUE_PLACE.get(scope), NEW_ISSUE_FAULT_KIND.get(scope),
            NEW_ISSUE_URGENCY.get(scope)),
        OPEN_LETTER_NUMBER.get(scope), OPEN_LETTER_TEXT.get(scope));
  }
}
