package com.huifang.revisit;

import static com.huifang.revisit.OwnerRevisit.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R5, the {@code end} listener of the rectification task: the next round ({@link RevisitSteps#nextRound}), by phone
 * if the revisitor likes, with the previous verdict cleared so the next revisit form starts empty.
 */
@Component("startNextRevisitRoundListener")
class StartNextRevisitRoundListener implements ExecutionListener {

  private final RevisitSteps steps;

  StartNextRevisitRoundListener(RevisitSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    RevisitSteps.NextRound next = steps.nextRound(RECTIFICATION.get(execution), ROUND.getOrDefault(execution, 1),
        CATEGORY.get(execution));
    ROUND.set(execution, next.round());
    DUE.set(execution, next.due());
    SATISFACTION.set(execution, null);
    SATISFIED.set(execution, null);
    // R2: a signature (or a refusal) belongs to one visit; the next round records its own
    OWNER_SIGNED.set(execution, null);
    OWNER_ATTITUDE.set(execution, null);
    NEW_ISSUE_RAISED.set(execution, false);
  }
}
