package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** C4, the {@code end} listener of the severity decision: keeps its proposal for the classifier to see. */
@Component("proposeSeverityListener")
class ProposeSeverityListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Map<?, ?> proposal = (Map<?, ?>) execution.getVariable(Complaint.Vars.SEVERITY_PROPOSAL);
    PROPOSED_SEVERITY.set(execution, (String) proposal.get("severity"));
    execution.setVariable("proposedSeverityLabel", proposal.get("severityLabel"));
    execution.setVariable("proposedSeverityReason", proposal.get("severityReason"));
    if (SEVERITY.get(execution) == null) {
      SEVERITY.set(execution, (String) proposal.get("severity")); // preselected in the classification form
    }
  }
}
