package com.huifang.mall;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M1/M2 start of mall-service-feedback: see {@link FeedbackForms#preparePurchase}. */
@Component("preparePurchaseListener")
public class PreparePurchaseListener implements ExecutionListener {

  private final FeedbackForms forms;

  public PreparePurchaseListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    forms.preparePurchase(execution);
  }
}
