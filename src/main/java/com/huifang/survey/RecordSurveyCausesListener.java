package com.huifang.survey;

import static com.huifang.survey.CustomerSurvey.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** S3 分析主要原因: the causes and the corrective/preventive actions, who and by when, into the survey register. */
/* Runs as the task's end execution listener: the engine wraps a task listener's exception, which would turn a
 * refused form into a 500. */
@Component("recordSurveyCausesListener")
class RecordSurveyCausesListener implements ExecutionListener {

  private final SurveyService surveys;

  RecordSurveyCausesListener(SurveyService surveys) {
    this.surveys = surveys;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the deadline interrupted the task: nothing was submitted
    }
    SurveyService.Causes causes = surveys.recordCauses(NUMBER.get(execution), CAUSES.text(execution),
        CORRECTIVE_ACTION.text(execution), PREVENTIVE_ACTION.text(execution), RESPONSIBLE.text(execution),
        execution.getVariable(ACTION_DEADLINE_INPUT));
    ACTIONS_NEEDED.set(execution, causes.actionsNeeded());
    if (causes.actionsNeeded()) {
      ACTION_DUE.set(execution, surveys.endOf(causes.deadline()));
    }
  }
}
