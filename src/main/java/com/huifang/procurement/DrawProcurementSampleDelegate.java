package com.huifang.procurement;

import static com.huifang.procurement.Procurement.Vars.*;

import java.security.SecureRandom;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Q2, 抽取季度回访样本: the quarter chosen at the start drawn under the rules of the table with a fresh seed; the seed,
 * the explanation and the sampled purchases kept in the instance's history and on the register.
 */
@Component("drawProcurementSampleDelegate")
class DrawProcurementSampleDelegate implements JavaDelegate {

  private static final SecureRandom SEEDS = new SecureRandom();

  private final ProcurementSteps steps;

  DrawProcurementSampleDelegate(ProcurementSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Quarter quarter = Quarter.parse(QUARTER.get(execution));
    @SuppressWarnings("unchecked")
    SampleRules rules = SampleRules.of((Map<String, ?>) execution.getVariable(SAMPLE_RULES));
    var draw = steps.drawAndKeep(execution.getProcessInstanceId(), quarter, rules, SEEDS.nextLong());
    SEED.set(execution, draw.seed());
    EXPLANATION.set(execution, String.join("\n", draw.explanation()));
    DRAWN_COUNT.set(execution, draw.items().size());
    execution.setVariable(ITEMS, ProcurementSteps.itemMaps(execution.getProcessInstanceId(), draw));
  }
}
