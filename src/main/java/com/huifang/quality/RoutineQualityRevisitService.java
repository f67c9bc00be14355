package com.huifang.quality;

import com.huifang.engine.HistoryVariables;
import com.huifang.engine.HuifangProperties;
import com.huifang.owner.OwnerContact;
import com.huifang.owner.OwnerRegister;
import com.huifang.revisit.OwnerRevisit;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The routine quality revisits (日常品质回访): each month, per project of the owner register, a random
 * min–max (3–5 by default) households that had no owner revisit in the last
 * {@value RoutineQualityRevisit#RECENT_MONTHS} months. Units without a project are not drawn.
 */
@Service
public class RoutineQualityRevisitService {

  private final HistoryService history;
  private final OwnerRegister register;
  private final HuifangProperties properties;

  RoutineQualityRevisitService(HistoryService history, OwnerRegister register, HuifangProperties properties) {
    this.history = history;
    this.register = register;
    this.properties = properties;
  }

  /** A draw: the seed, the eligible units per project and the drawn owners per project, projects sorted. */
  public record Draw(long seed, Map<String, List<String>> eligible, Map<String, List<OwnerContact>> drawn) {}

  /** A draw over the projects {@code ofThisDraw} accepts (issue 27: the projects of one office). */
  public Draw draw(Date now, long seed, int min, int max, Predicate<String> ofThisDraw) {
    Set<String> recent = recentlyRevisited(now);
    Map<String, Map<String, OwnerContact>> owners = new TreeMap<>();
    register.byProject().entrySet().stream().filter(e -> ofThisDraw.test(e.getKey()))
        .forEach(e -> owners.put(e.getKey(), e.getValue().stream()
        .filter(c -> !recent.contains(c.unit()))
        .collect(Collectors.toMap(OwnerContact::unit, c -> c, (a, b) -> a, TreeMap::new))));
    Map<String, List<String>> eligible = new LinkedHashMap<>();
    owners.forEach((project, byUnit) -> eligible.put(project, List.copyOf(byUnit.keySet())));
    Map<String, List<OwnerContact>> drawn = new LinkedHashMap<>();
    pick(eligible, seed, min, max).forEach((project, units) ->
        drawn.put(project, units.stream().map(owners.get(project)::get).toList()));
    return new Draw(seed, eligible, drawn);
  }

  /**
   * The pure draw: for each project in sorted order, a count from min to max (at most the eligible
   * units), then that many of its units, all from one {@link Random} seeded with {@code seed}.
   */
  static Map<String, List<String>> pick(Map<String, List<String>> eligible, long seed, int min, int max) {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("routine revisits need 1 <= min <= max, got " + min + ".." + max);
    }
    Random random = new Random(seed);
    Map<String, List<String>> drawn = new LinkedHashMap<>();
    new TreeMap<>(eligible).forEach((project, units) -> {
      int count = min + random.nextInt(max - min + 1);
      drawn.put(project, SpotCheckSample.draw(units, count, random));
    });
    return drawn;
  }

  /** Units with an owner revisit (any category) started in the last months before {@code now}. */
  Set<String> recentlyRevisited(Date now) {
    Date since = Date.from(ZonedDateTime.ofInstant(now.toInstant(), properties.zone())
        .minusMonths(RoutineQualityRevisit.RECENT_MONTHS).toInstant());
    List<String> revisits = history.createHistoricProcessInstanceQuery().processDefinitionKey(OwnerRevisit.KEY)
        .startedAfter(since).list().stream().map(HistoricProcessInstance::getId).toList();
    Set<String> units = new HashSet<>();
    HistoryVariables.ofProcesses(history, revisits, OwnerRevisit.Vars.UNIT.name()).values()
        .forEach(vars -> {
          if (vars.get(OwnerRevisit.Vars.UNIT.name()) instanceof String unit) {
            units.add(unit.trim());
          }
        });
    return units;
  }

  /** One line per project: "project: unit,unit". */
  static String lines(Map<String, List<String>> unitsByProject) {
    return unitsByProject.entrySet().stream().map(e -> e.getKey() + ": " + String.join(",", e.getValue()))
        .collect(Collectors.joining("\n"));
  }
}
