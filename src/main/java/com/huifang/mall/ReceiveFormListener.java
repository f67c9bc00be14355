package com.huifang.mall;

import static com.huifang.mall.Mall.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M4 end of the desk's receipt of the returned form ({@link FeedbackForms#receiveForm}). */
@Component("receiveFormListener")
public class ReceiveFormListener implements ExecutionListener {

  private final FeedbackForms forms;

  public ReceiveFormListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the return deadline interrupted the form in hand
    }
    FeedbackForms.Returned returned = forms.receiveForm();
    FORM_RETURNED.set(execution, true);
    RETURNED_AT.set(execution, returned.at());
    FORM_STATUS_LABEL.set(execution, returned.statusLabel());
  }
}
