package com.huifang.survey;

import static com.huifang.survey.CustomerSurvey.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** K7 检查回收率: some days before the deadline, whether the return rate is still short of 60 % (then a reminder). */
@Component("checkReturnRateDelegate")
class CheckReturnRateDelegate implements JavaDelegate {

  private final SurveyService surveys;

  CheckReturnRateDelegate(SurveyService surveys) {
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SurveyService.Progress progress = surveys.progress(NUMBER.get(execution));
    RETURNED.set(execution, progress.returned());
    RETURN_RATE_TEXT.set(execution, progress.text());
    RATE_SHORT.set(execution, progress.short_());
  }
}
