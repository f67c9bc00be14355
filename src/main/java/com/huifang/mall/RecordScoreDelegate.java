package com.huifang.mall;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** M6 the score of one form: see {@link FeedbackForms#recordScore}. */
@Component("recordScoreDelegate")
public class RecordScoreDelegate implements JavaDelegate {

  private final FeedbackForms forms;

  public RecordScoreDelegate(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    forms.recordScore(execution);
  }
}
