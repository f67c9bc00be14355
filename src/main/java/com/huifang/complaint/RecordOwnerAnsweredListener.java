package com.huifang.complaint;

import static com.huifang.complaint.Complaint.Vars.OWNER_ANSWERED;

import com.huifang.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** C5, the {@code end} listener of 答复业主: the answer given is recorded; the case is now answered. */
@Component("recordOwnerAnsweredListener")
class RecordOwnerAnsweredListener implements ExecutionListener {

  static final String ANSWER = "answerContent";

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object answer = execution.getVariable(ANSWER);
    new InvalidInput()
        .require(answer instanceof String s && !s.isBlank(), ANSWER, "请填写给业主的答复")
        .throwIfAny();
    OWNER_ANSWERED.set(execution, true);
  }
}
