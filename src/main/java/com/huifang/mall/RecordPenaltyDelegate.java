package com.huifang.mall;

import static com.huifang.mall.Mall.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** M5 the penalty record for a forged signature ({@link FeedbackForms#recordPenalty}). */
@Component("recordPenaltyDelegate")
public class RecordPenaltyDelegate implements JavaDelegate {

  private final FeedbackForms forms;

  public RecordPenaltyDelegate(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    forms.recordPenalty(FORM_NUMBER.get(execution), CASE_NUMBER.get(execution), MERCHANT_ID.get(execution),
        VERIFY_NOTE.get(execution));
  }
}
