package com.huifang.mall;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M4 end of the customer's task: see {@link FeedbackForms#recordCustomerFeedback}. */
@Component("recordCustomerFeedbackListener")
public class RecordCustomerFeedbackListener implements ExecutionListener {

  private final FeedbackForms forms;

  public RecordCustomerFeedbackListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    forms.recordCustomerFeedback(execution);
  }
}
