package com.huifang.survey;

import static com.huifang.survey.CustomerSurvey.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** S2 确定调查结果: every drawn return verified, the results count. */
@Component("finalizeSurveyResultsDelegate")
class FinalizeSurveyResultsDelegate implements JavaDelegate {

  private final SurveyService surveys;

  FinalizeSurveyResultsDelegate(SurveyService surveys) {
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    surveys.finalizeResults(NUMBER.get(execution));
  }
}
