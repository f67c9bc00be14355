package com.huifang.survey;

import static com.huifang.survey.CustomerSurvey.Vars.*;

import java.security.SecureRandom;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * S2 截止回收: at the deadline (or when every questionnaire is back) the survey closes, and the returns to verify by an
 * owner revisit are drawn with a fresh seed, kept in history so the draw can be repeated.
 */
@Component("closeSurveyDelegate")
class CloseSurveyDelegate implements JavaDelegate {

  private static final SecureRandom SEEDS = new SecureRandom();

  private final SurveyService surveys;

  CloseSurveyDelegate(SurveyService surveys) {
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long seed = SEEDS.nextLong();
    var verifications = surveys.close(NUMBER.get(execution), seed);
    SurveyService.Progress progress = surveys.progress(NUMBER.get(execution));
    SAMPLE_SEED.set(execution, seed);
    RETURNED.set(execution, progress.returned());
    RETURN_RATE_TEXT.set(execution, progress.text());
    VERIFY_COUNT.set(execution, verifications.size());
    execution.setVariable(VERIFICATIONS, verifications.stream().map(Verification::asMap).toList());
  }
}
