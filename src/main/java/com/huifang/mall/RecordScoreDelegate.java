package com.huifang.mall;

import static com.huifang.mall.Mall.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** M6 the score of one form, kept with the form's facts ({@link FeedbackForms#recordScore}). */
@Component("recordScoreDelegate")
public class RecordScoreDelegate implements JavaDelegate {

  private final FeedbackForms forms;

  public RecordScoreDelegate(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FeedbackForms.Scored scored = forms.recordScore((Map<?, ?>) execution.getVariable(SCORE_RESULT),
        new FeedbackForms.FormFacts(FORM_NUMBER.get(execution), CASE_NUMBER.get(execution), MERCHANT_ID.get(execution),
            SERVICE.get(execution), Boolean.TRUE.equals(REGISTERED_AT_DESK.get(execution)),
            Boolean.TRUE.equals(SERVER_CERTIFIED.get(execution)), Boolean.TRUE.equals(FORM_RETURNED.get(execution)),
            SIGNATURE_GENUINE.get(execution), CUSTOMER_RATING.get(execution)));
    SCORE.set(execution, scored.score());
    SCORE_REASON.set(execution, scored.reason());
    FORM_STATUS_LABEL.set(execution, scored.statusLabel());
  }
}
