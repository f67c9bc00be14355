package com.huifang.kpi;

import static com.huifang.kpi.MonthlyComplaintReview.Vars.*;

import com.huifang.engine.EngineClock;
import com.huifang.engine.EngineUsers;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** C18, the {@code complete} listener of 查阅签字客户投诉登记表: records who signed the month's log, and when. */
@Component("signComplaintLogListener")
class SignComplaintLogListener implements TaskListener {

  private final ComplaintLogSignOff signOff;

  SignComplaintLogListener(ComplaintLogSignOff signOff) {
    this.signOff = signOff;
  }

  @Override
  public void notify(DelegateTask task) {
    String current = EngineUsers.current(task.getProcessEngineServices().getIdentityService())
        .map(EngineUsers.Caller::userId).orElse(null);
    String signer = signOff.signer(task.getVariable(LOG_REVIEWED.name()), task.getAssignee(), current);
    LOG_SIGNED_BY.set(task.getExecution(), signer);
    LOG_SIGNED_AT.set(task.getExecution(), EngineClock.nowAsDate());
  }
}
