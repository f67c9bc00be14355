package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.NON_CONFORMITY;

import com.huifang.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * C9, the {@code end} listener of the management representative's approval: the corrective action is
 * carried out only on an approved record; the record makes a corrective-action report due (C13).
 */
@Component("approveNonConformityListener")
class ApproveNonConformityListener implements ExecutionListener {

  static final String APPROVED = "nonConformityApproved";

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    new InvalidInput()
        .require(Boolean.TRUE.equals(execution.getVariable(APPROVED)), APPROVED,
            "不合格品/服务记录处理单须经管理者代表批准后方可实施纠正措施;如不同意,请退回管理处经理修改后再批")
        .throwIfAny();
    NON_CONFORMITY.set(execution, true);
  }
}
