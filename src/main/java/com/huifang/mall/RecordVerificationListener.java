package com.huifang.mall;

import static com.huifang.mall.Mall.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M5 end of the desk's verification: what the revisit found ({@link FeedbackForms#recordVerification}). */
@Component("recordVerificationListener")
public class RecordVerificationListener implements ExecutionListener {

  private final FeedbackForms forms;

  public RecordVerificationListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the return deadline interrupted the form in hand
    }
    FeedbackForms.Verification verification = forms.recordVerification(Boolean.TRUE.equals(FORM_RETURNED.get(execution)),
        execution.getVariable(SERVICE_COMPLETED_ANSWER), execution.getVariable(SIGNATURE_GENUINE_ANSWER),
        VERIFY_NOTE.get(execution));
    SERVICE_COMPLETED.set(execution, verification.serviceCompleted());
    SIGNATURE_GENUINE.set(execution, verification.signatureGenuine());
    VERIFY_NOTE.set(execution, verification.note());
  }
}
