package com.huifang.complaint;

import com.huifang.engine.EngineClock;
import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DateInput;
import com.huifang.engine.InvalidInput;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C6, the {@code end} listener of 审批延期: approved needs a new deadline in the future; refused moves the
 * case one level up (the next severity, handled by the approver's level).
 */
@Component("decideExtensionListener")
class DecideExtensionListener implements ExecutionListener {

  private final HuifangProperties properties;

  DecideExtensionListener(HuifangProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Boolean approved = EXTENSION_APPROVED.get(execution);
    Date now = EngineClock.nowAsDate();
    Optional<Date> deadline = DateInput.parse(execution.getVariable(EXTENDED_DEADLINE), properties.zone());
    new InvalidInput()
        .require(approved != null, EXTENSION_APPROVED.name(), "请选择是否批准延期")
        .require(!Boolean.TRUE.equals(approved) || deadline.map(d -> d.after(now)).orElse(false),
            EXTENDED_DEADLINE, "批准延期须给出晚于现在的新期限")
        .throwIfAny();
    if (approved) {
      RESOLVE_DUE.set(execution, deadline.get());
    } else {
      SEVERITY.set(execution, UPGRADED_SEVERITY.get(execution));
      SEVERITY_LABEL.set(execution, ClassifyComplaintListener.LABELS.get(UPGRADED_SEVERITY.get(execution)));
      HANDLER_GROUP.set(execution, UPGRADE_GROUP.get(execution));
    }
  }
}
