package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.InvalidInput;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C4, the {@code end} listener of the classification task: the classifier confirms the severity the
 * decision table proposed, or overrides it, in which case a reason is required.
 */
@Component("classifyComplaintListener")
class ClassifyComplaintListener implements ExecutionListener {

  static final Map<String, String> LABELS = Complaint.SEVERITY_LABELS;

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String proposed = PROPOSED_SEVERITY.get(execution);
    String chosen = SEVERITY.get(execution);
    if (chosen == null || chosen.isBlank()) {
      chosen = proposed;
    }
    String reason = OVERRIDE_REASON.get(execution);
    new InvalidInput()
        .require(LABELS.containsKey(chosen), SEVERITY.name(), "请选择投诉等级")
        .require(chosen == null || chosen.equals(proposed) || (reason != null && !reason.isBlank()),
            OVERRIDE_REASON.name(), "调整系统建议的投诉等级时,须填写调整理由")
        .throwIfAny();
    SEVERITY.set(execution, chosen);
    SEVERITY_LABEL.set(execution, LABELS.get(chosen));
  }
}
