package com.huifang.warranty;

import static com.huifang.warranty.Warranty.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** W6, the {@code end} listener of the cost decision: keeps its rule and label for the revisit and Cockpit. */
@Component("applyRepairCostListener")
class ApplyRepairCostListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // ended by the warranty end or a cancelled case: nothing was submitted
    }
    Map<?, ?> decision = (Map<?, ?>) execution.getVariable(COST_DECISION_RESULT);
    COST_RULE.set(execution, (String) decision.get(COST_RULE.name()));
    COST_RULE_LABEL.set(execution, (String) decision.get(COST_RULE_LABEL.name()));
  }
}
