package com.huifang.mall;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** M5 the penalty record for a forged signature: see {@link FeedbackForms#recordPenalty}. */
@Component("recordPenaltyDelegate")
public class RecordPenaltyDelegate implements JavaDelegate {

  private final FeedbackForms forms;

  public RecordPenaltyDelegate(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    forms.recordPenalty(execution);
  }
}
