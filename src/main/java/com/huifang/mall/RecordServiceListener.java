package com.huifang.mall;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M3 end of the service task: see {@link FeedbackForms#recordService}. */
@Component("recordServiceListener")
public class RecordServiceListener implements ExecutionListener {

  private final FeedbackForms forms;

  public RecordServiceListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    forms.recordService(execution);
  }
}
