package com.huifang.mall;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M4 end of the desk's receipt of the returned form: see {@link FeedbackForms#receiveForm}. */
@Component("receiveFormListener")
public class ReceiveFormListener implements ExecutionListener {

  private final FeedbackForms forms;

  public ReceiveFormListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    forms.receiveForm(execution);
  }
}
