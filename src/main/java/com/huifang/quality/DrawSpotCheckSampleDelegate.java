package com.huifang.quality;

import com.huifang.engine.EngineClock;
import static com.huifang.quality.QualitySpotCheck.Vars.*;

import java.security.SecureRandom;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * K4, 抽取上月维修单: draws last month's sample with a fresh seed and keeps the seed, the population and
 * the drawn ids in the instance's history, so the draw can be repeated and checked.
 */
@Component("drawSpotCheckSampleDelegate")
class DrawSpotCheckSampleDelegate implements JavaDelegate {

  private static final SecureRandom SEEDS = new SecureRandom();

  private final QualitySpotCheckService spotChecks;

  DrawSpotCheckSampleDelegate(QualitySpotCheckService spotChecks) {
    this.spotChecks = spotChecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // each office's spot check draws its own office's orders (issue 27)
    var draw = spotChecks.draw(spotChecks.previousMonth(EngineClock.nowAsDate()), SEEDS.nextLong(),
        execution.getTenantId());
    MONTH.set(execution, draw.month().toString());
    SEED.set(execution, draw.seed());
    POPULATION.set(execution, String.join(",", draw.population()));
    DRAWN.set(execution, draw.drawn().stream().map(RepairOrder::id).collect(Collectors.joining(",")));
    DRAWN_COUNT.set(execution, draw.drawn().size());
    execution.setVariable(ORDERS, draw.drawn().stream().map(RepairOrder::asMap).toList());
  }
}
