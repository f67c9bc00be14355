package com.huifang.quality;

import com.huifang.engine.EngineClock;
import static com.huifang.quality.RoutineQualityRevisit.Vars.*;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.CaseTenants;
import com.huifang.owner.OwnerContact;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 抽取回访住户: draws this month's households with a fresh seed, keeps the seed, min/max, the eligible and
 * the drawn units in history (so the draw can be repeated), and gives each drawn household a case number.
 */
@Component("drawRoutineRevisitHouseholdsDelegate")
class DrawRoutineRevisitHouseholdsDelegate implements JavaDelegate {

  private static final SecureRandom SEEDS = new SecureRandom();

  private final RoutineQualityRevisitService revisits;
  private final CaseNumberService caseNumbers;
  private final CaseTenants offices;
  private final int min;
  private final int max;

  DrawRoutineRevisitHouseholdsDelegate(RoutineQualityRevisitService revisits, CaseNumberService caseNumbers,
      CaseTenants offices,
      @Value("${huifang.routine-revisit.min-households:3}") int min,
      @Value("${huifang.routine-revisit.max-households:5}") int max) {
    this.revisits = revisits;
    this.caseNumbers = caseNumbers;
    this.offices = offices;
    this.min = min;
    this.max = max;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String office = execution.getTenantId();
    var draw = revisits.draw(EngineClock.nowAsDate(), SEEDS.nextLong(), min, max,
        project -> office == null || office.equals(offices.ofProject(project).orElse(offices.defaultTenant())));
    List<Map<String, Object>> households = new ArrayList<>();
    draw.drawn().forEach((project, owners) -> {
      for (OwnerContact owner : owners) {
        households.add(new RevisitHousehold(caseNumbers.next(RoutineQualityRevisit.NUMBER_PREFIX), project,
            owner.unit(), owner.ownerName(), owner.phone()).asMap());
      }
    });
    SEED.set(execution, draw.seed());
    MIN.set(execution, min);
    MAX.set(execution, max);
    POPULATION.set(execution, RoutineQualityRevisitService.lines(draw.eligible()));
    Map<String, List<String>> drawnUnits = new java.util.LinkedHashMap<>();
    draw.drawn().forEach((project, owners) -> drawnUnits.put(project, owners.stream().map(OwnerContact::unit).toList()));
    DRAWN.set(execution, RoutineQualityRevisitService.lines(drawnUnits));
    DRAWN_COUNT.set(execution, households.size());
    execution.setVariable(HOUSEHOLDS, households);
  }
}
