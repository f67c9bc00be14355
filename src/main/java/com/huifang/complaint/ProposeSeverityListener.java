package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.EngineClock;
import com.huifang.engine.OfficeDecisions;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C4, the {@code end} listener of the severity decision: keeps its proposal for the classifier to see; C15, the
 * classification is due within the answer window of the proposed severity, counted from when the clocks started, as
 * the service-level table the case uses (its office's, else the company's) gives it.
 */
@Component("proposeSeverityListener")
class ProposeSeverityListener implements ExecutionListener {

  private final AnswerWindows answerWindows;
  private final OfficeDecisions officeDecisions;

  ProposeSeverityListener(AnswerWindows answerWindows, OfficeDecisions officeDecisions) {
    this.answerWindows = answerWindows;
    this.officeDecisions = officeDecisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<?, ?> proposal = (Map<?, ?>) execution.getVariable(Complaint.Vars.SEVERITY_PROPOSAL);
    String proposed = (String) proposal.get("severity");
    PROPOSED_SEVERITY.set(execution, proposed);
    execution.setVariable("proposedSeverityLabel", proposal.get("severityLabel"));
    execution.setVariable("proposedSeverityReason", proposal.get("severityReason"));
    if (SEVERITY.get(execution) == null) {
      SEVERITY.set(execution, proposed); // preselected in the classification form
      // the severity a complaint solved on the spot (C16) keeps, having no classification
      SEVERITY_LABEL.set(execution, Complaint.SEVERITY_LABELS.get(proposed));
    }
    Date clocksStart = CLOCKS_START.get(execution);
    Date from = clocksStart != null ? clocksStart : EngineClock.nowAsDate(); // a case started before C15 has none
    CLASSIFY_DUE.set(execution, Date.from(from.toInstant().plus(answerWindows.of(
        officeDecisions.tenantFor(execution, Complaint.SERVICE_LEVEL_DECISION), proposed))));
  }
}
