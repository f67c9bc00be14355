package com.huifang.survey;

import static com.huifang.survey.CustomerSurvey.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** S2: when one verification revisit ends, its verdict and rounds go to the household's questionnaire. */
@Component("recordSurveyVerificationListener")
class RecordSurveyVerificationListener implements ExecutionListener {

  private final SurveyService surveys;

  RecordSurveyVerificationListener(SurveyService surveys) {
    this.surveys = surveys;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getVariableLocal(CustomerSurvey.Vars.VERIFICATION) instanceof Map<?, ?> verification)) {
      return; // the multi-instance body itself
    }
    surveys.verified(NUMBER.get(execution), (String) verification.get("unit"), VERIFIED_SATISFACTION.get(execution),
        VERIFY_ROUNDS.get(execution));
  }
}
