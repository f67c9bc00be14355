package com.huifang.mall;

import static com.huifang.mall.Mall.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M3 end of the service task: who served ({@link FeedbackForms#recordService}). */
@Component("recordServiceListener")
public class RecordServiceListener implements ExecutionListener {

  private final FeedbackForms forms;

  public RecordServiceListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the return deadline interrupted the form in hand
    }
    FeedbackForms.Server server = forms.recordService(MERCHANT_ID.get(execution), SERVER_STAFF_ID.get(execution));
    SERVER_STAFF_ID.set(execution, server.staffId());
    SERVER_NAME.set(execution, server.name());
    SERVER_CERTIFIED.set(execution, server.certified());
    FORM_STATUS_LABEL.set(execution, server.statusLabel());
  }
}
