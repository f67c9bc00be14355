package com.huifang.mall;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M5 end of the desk's verification: see {@link FeedbackForms#recordVerification}. */
@Component("recordVerificationListener")
public class RecordVerificationListener implements ExecutionListener {

  private final FeedbackForms forms;

  public RecordVerificationListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    forms.recordVerification(execution);
  }
}
