package com.huifang.revisit;

import com.huifang.engine.EngineClock;
import static com.huifang.revisit.OwnerRevisit.Vars.*;

import com.huifang.engine.InvalidInput;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R5, the {@code end} listener of the rectification task: once the rectification is recorded, the
 * owner is revisited again (round + 1, by phone if the revisitor likes), due a day later, and the
 * previous verdict is cleared so the next revisit form starts empty.
 */
@Component("startNextRevisitRoundListener")
class StartNextRevisitRoundListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String rectification = RECTIFICATION.get(execution);
    new InvalidInput()
        .require(rectification != null && !rectification.isBlank(), RECTIFICATION.name(), "请填写整改措施")
        .throwIfAny();
    ROUND.set(execution, ROUND.getOrDefault(execution, 1) + 1);
    DUE.set(execution, Date.from(EngineClock.now()
        .plus(PrepareRevisitListener.DEFAULT_TIME_TO_REVISIT)));
    SATISFACTION.set(execution, null);
    SATISFIED.set(execution, null);
    // R2: a signature (or a refusal) belongs to one visit; the next round records its own
    OWNER_SIGNED.set(execution, null);
    OWNER_ATTITUDE.set(execution, null);
    NEW_ISSUE_RAISED.set(execution, false);
  }
}
