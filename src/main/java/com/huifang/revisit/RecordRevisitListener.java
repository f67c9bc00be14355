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
 *       this round's record (method, signature or attitude, satisfaction, effect, suggestions, open letter, a new
 *       issue) as local variables of the task, so history holds every round for the KPIs and the 回访记录表 (R7);</li>
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
    task.setVariableLocal(ROUND_NUMBER.name(), ROUND.get(task));
    task.setVariableLocal(ROUND_OWNER_ATTITUDE.name(), OWNER_ATTITUDE.get(task));
    task.setVariableLocal(ROUND_FIX_EFFECT.name(), FIX_EFFECT.get(task));
    task.setVariableLocal(ROUND_PREVENTION_SUGGESTION.name(), PREVENTION_SUGGESTION.get(task));
    task.setVariableLocal(ROUND_SERVICE_SUGGESTION.name(), SERVICE_SUGGESTION.get(task));
    task.setVariableLocal(ROUND_OPEN_LETTER_NUMBER.name(), OPEN_LETTER_NUMBER.get(task));
    task.setVariableLocal(ROUND_NEW_ISSUE.name(), Boolean.TRUE.equals(NEW_ISSUE_RAISED.get(task))
        ? RevisitRecord.kindLabel(NEW_ISSUE_TYPE.get(task)) + ":" + NEW_ISSUE_DESCRIPTION.get(task) : null);
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
