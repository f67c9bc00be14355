package com.huifang.revisit;

import static com.huifang.revisit.OwnerRevisit.Vars.*;

import com.huifang.process.InvalidInput;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * R5: once the rectification is recorded, the owner is revisited again (round + 1), by phone if the
 * revisitor likes; the previous round's verdict is cleared so the next form starts empty.
 */
@Component("startNextRevisitRoundListener")
class StartNextRevisitRoundListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String rectification = RECTIFICATION.get(task);
    new InvalidInput()
        .require(rectification != null && !rectification.isBlank(), RECTIFICATION.name(), "请填写整改措施")
        .throwIfAny();
    ROUND.set(task, ROUND.getOrDefault(task, 1) + 1);
    DUE.set(task, Date.from(ClockUtil.getCurrentTime().toInstant()
        .plus(PrepareRevisitListener.DEFAULT_TIME_TO_REVISIT)));
    SATISFACTION.set(task, null);
    SATISFIED.set(task, null);
    NEW_ISSUE_RAISED.set(task, false);
  }
}
