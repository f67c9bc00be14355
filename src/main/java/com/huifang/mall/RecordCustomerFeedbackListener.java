package com.huifang.mall;

import static com.huifang.mall.Mall.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M4 end of the customer's task: the rating and signature ({@link FeedbackForms#recordCustomerFeedback}). */
@Component("recordCustomerFeedbackListener")
public class RecordCustomerFeedbackListener implements ExecutionListener {

  private final FeedbackForms forms;

  public RecordCustomerFeedbackListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the return deadline interrupted the form in hand
    }
    FeedbackForms.CustomerFeedback feedback = forms.recordCustomerFeedback(CUSTOMER_RATING.get(execution),
        CUSTOMER_SIGNATURE.get(execution), CUSTOMER_COMMENT.get(execution));
    CUSTOMER_SIGNATURE.set(execution, feedback.signature());
    CUSTOMER_COMMENT.set(execution, feedback.comment());
    FORM_STATUS_LABEL.set(execution, feedback.statusLabel());
  }
}
