package com.huifang.revisit;

import static com.huifang.revisit.OwnerRevisit.Vars.*;

import com.huifang.config.HuifangProperties;
import com.huifang.process.DateInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completing a revisit: checks the record (R2, R3, R4, R6) and refuses an incomplete one with a
 * 400, then stores who revisited, when, by which method, and whether the owner is satisfied (R5, R7).
 */
@Component("recordRevisitListener")
class RecordRevisitListener implements TaskListener {

  private final HuifangProperties properties;

  RecordRevisitListener(HuifangProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    var record = new RevisitRecord(
        METHOD.get(task), OWNER_SIGNED.get(task), OWNER_ATTITUDE.get(task), SATISFACTION.get(task),
        FIX_EFFECT.get(task), NEW_ISSUE_RAISED.get(task), NEW_ISSUE_TYPE.get(task),
        NEW_ISSUE_DESCRIPTION.get(task),
        DateInput.parse(task.getVariable(REPLY_APPOINTMENT), properties.zone()),
        OPEN_LETTER_NUMBER.get(task), OPEN_LETTER_TEXT.get(task));
    var now = ClockUtil.getCurrentTime();
    record.validate(now).throwIfAny();

    SATISFIED.set(task, record.satisfied());
    METHOD_LABEL.set(task, record.methodLabel());
    NEW_ISSUE_RAISED.set(task, Boolean.TRUE.equals(NEW_ISSUE_RAISED.get(task)));
    REVISITED_BY.set(task, task.getAssignee());
    REVISITED_AT.set(task, now);
  }
}
