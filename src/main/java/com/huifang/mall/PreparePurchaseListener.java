package com.huifang.mall;

import static com.huifang.mall.Mall.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M1/M2 start of mall-service-feedback: the purchase checked and numbered, its forms listed ({@link FeedbackForms#preparePurchase}). */
@Component("preparePurchaseListener")
public class PreparePurchaseListener implements ExecutionListener {

  private final FeedbackForms forms;

  public PreparePurchaseListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FeedbackForms.Purchase purchase = forms.preparePurchase(execution.getVariables());
    execution.setProcessBusinessKey(purchase.caseNumber());
    CASE_NUMBER.set(execution, purchase.caseNumber());
    purchase.texts().forEach(execution::setVariable);
    execution.setVariable(RETURN_DAYS, purchase.returnDays());
    execution.setVariable(FEEDBACK_FORMS, purchase.forms());
    PURCHASE_SUMMARY.set(execution, purchase.summary());
  }
}
