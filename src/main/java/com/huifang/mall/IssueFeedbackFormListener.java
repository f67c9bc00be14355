package com.huifang.mall;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M1/M4 start of one feedback form: see {@link FeedbackForms#issueForm}. */
@Component("issueFeedbackFormListener")
public class IssueFeedbackFormListener implements ExecutionListener {

  private final FeedbackForms forms;

  public IssueFeedbackFormListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    forms.issueForm(execution);
  }
}
