package com.huifang.survey;

import static com.huifang.survey.CustomerSurvey.Vars.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** S3 验证措施落实: done closes the survey's actions; not done sets the new deadline they are tracked to. */
/* Runs as the task's end execution listener: the engine wraps a task listener's exception, which would turn a
 * refused form into a 500. */
@Component("closeOutSurveyActionsListener")
class CloseOutSurveyActionsListener implements ExecutionListener {

  private final SurveyService surveys;

  CloseOutSurveyActionsListener(SurveyService surveys) {
    this.surveys = surveys;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the deadline interrupted the task: nothing was submitted
    }
    boolean done = ACTIONS_DONE.isTrue(execution);
    Date next = surveys.closeOut(NUMBER.get(execution), done, CLOSE_OUT_NOTE.text(execution),
        execution.getVariable(NEW_ACTION_DEADLINE_INPUT));
    ACTIONS_DONE.set(execution, done);
    if (next != null) {
      ACTION_DUE.set(execution, next);
    }
  }
}
