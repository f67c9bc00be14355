package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.*;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C9, C17, the {@code end} listener of 处理投诉: whether a non-conformity record is opened, why, and who fills and
 * approves it ({@link ComplaintSteps#nonConformityNeeded}).
 */
@Component("resolveComplaintListener")
class ResolveComplaintListener implements ExecutionListener {

  private final ComplaintSteps steps;

  ResolveComplaintListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<?> assignments = (List<?>) execution.getVariable(DEPARTMENT_ASSIGNMENTS);
    boolean cannotSolve = Boolean.TRUE.equals(OFFICE_CANNOT_SOLVE.get(execution));
    Optional<ComplaintSteps.NonConformityRecord> record = steps.nonConformityNeeded(execution.getVariable(ECONOMIC_LOSS),
        assignments == null ? 0 : assignments.size(), cannotSolve, HANDLER_GROUP.get(execution));
    OFFICE_CANNOT_SOLVE.set(execution, cannotSolve);
    NON_CONFORMITY_REASON.set(execution, record.map(ComplaintSteps.NonConformityRecord::reason).orElse(null));
    NON_CONFORMITY_REASON_LABEL.set(execution, record.map(ComplaintSteps.NonConformityRecord::reasonLabel).orElse(null));
    NON_CONFORMITY_FILLER_GROUP.set(execution, record.map(ComplaintSteps.NonConformityRecord::fillerGroup).orElse(null));
    NON_CONFORMITY_APPROVER_GROUP.set(execution,
        record.map(ComplaintSteps.NonConformityRecord::approverGroup).orElse(null));
    NON_CONFORMITY_FILLER.set(execution, null); // the first filler is whoever claims the record
    NON_CONFORMITY.set(execution, record.isPresent());
  }
}
