package com.huifang.mall;

import static com.huifang.mall.Mall.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** M1/M4 start of one feedback form: its own variables, group, deadline and staff register ({@link FeedbackForms#issueForm}). */
@Component("issueFeedbackFormListener")
public class IssueFeedbackFormListener implements ExecutionListener {

  private final FeedbackForms forms;

  public IssueFeedbackFormListener(FeedbackForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> form = (Map<String, Object>) execution.getVariable(FEEDBACK_FORM);
    form.forEach(execution::setVariable);
    execution.removeVariable(FEEDBACK_FORM);
    FeedbackForms.IssuedForm issued = forms.issueForm(MERCHANT_ID.get(execution), SERVICE_DATE.get(execution),
        ((Number) execution.getVariable(RETURN_DAYS)).intValue());
    MERCHANT_GROUP.set(execution, issued.merchantGroup());
    RETURN_DUE.set(execution, issued.returnDue());
    STAFF_REGISTER.set(execution, issued.staffRegister());
    FORM_RETURNED.set(execution, false);
    REVISIT_COUNT.set(execution, 0);
    FORM_STATUS_LABEL.set(execution, issued.statusLabel());
  }
}
