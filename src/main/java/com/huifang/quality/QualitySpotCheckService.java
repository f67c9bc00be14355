package com.huifang.quality;

import com.huifang.engine.HistoryVariables;
import com.huifang.engine.HuifangProperties;
import com.huifang.repair.Repair;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;

/**
 * K4 and P5, the monthly quality spot check: which repair orders (维修申请单) a month had, and the reproducible random
 * sample of them. A repair order of a month is a property repair request (property-repair) whose first 维修申请单 visit
 * was recorded in the month: the order exists from then, and a second visit the next month keeps it in its first
 * month. Warranty repairs keep their own revisits (W6) and complaints theirs (C11): they are not drawn.
 * An order already drawn by another spot check of the same month is left out, so no order is revisited twice in a
 * month.
 */
@Service
public class QualitySpotCheckService {

  static final String SUBJECT_PREFIX = "维修质量抽查回访:";

  private final HistoryService history;
  private final HuifangProperties properties;

  QualitySpotCheckService(HistoryService history, HuifangProperties properties) {
    this.history = history;
    this.properties = properties;
  }

  /** A drawn spot check: the month, the seed, the ids that could be drawn, and the drawn orders. */
  public record Draw(YearMonth month, long seed, List<String> population, List<RepairOrder> drawn) {}

  /** The month before the one {@code now} falls in, in the configured zone. */
  public YearMonth previousMonth(Date now) {
    return YearMonth.from(ZonedDateTime.ofInstant(now.toInstant(), properties.zone())).minusMonths(1);
  }

  /** The sample of the month's repair orders of {@code office} (issue 27; null: of every office). */
  public Draw draw(YearMonth month, long seed, String office) {
    Set<String> drawnBefore = drawnBefore(month);
    Map<String, RepairOrder> orders = repairOrders(month, office).stream()
        .filter(o -> !drawnBefore.contains(o.id()))
        .collect(Collectors.toMap(RepairOrder::id, Function.identity()));
    List<String> population = orders.keySet().stream().sorted().toList();
    List<RepairOrder> drawn = SpotCheckSample.draw(population, seed).stream().map(orders::get).toList();
    return new Draw(month, seed, population, drawn);
  }

  /** Every repair order of the month with an owner to visit. */
  List<RepairOrder> repairOrders(YearMonth month, String office) {
    Date start = Date.from(month.atDay(1).atStartOfDay(properties.zone()).toInstant());
    Date end = Date.from(month.plusMonths(1).atDay(1).atStartOfDay(properties.zone()).toInstant());
    var workOrders = history.createHistoricTaskInstanceQuery().processDefinitionKey(Repair.KEY)
        .taskDefinitionKey(Repair.Elements.WORK_ORDER).finished().finishedAfter(start).finishedBefore(end);
    List<String> ids = (office == null ? workOrders : workOrders.tenantIdIn(office)).list().stream()
        .filter(t -> !t.getEndTime().before(start) && t.getEndTime().before(end))
        .map(HistoricTaskInstance::getProcessInstanceId).distinct()
        .filter(id -> history.createHistoricTaskInstanceQuery().processInstanceId(id)
            .taskDefinitionKey(Repair.Elements.WORK_ORDER).finished().finishedBefore(start).count() == 0)
        .toList();
    Map<String, Map<String, Object>> vars = HistoryVariables.ofProcesses(history, ids, Repair.Vars.CASE_NUMBER.name(),
        Repair.Vars.OWNER_NAME.name(), Repair.Vars.UNIT.name(), Repair.Vars.OWNER_PHONE.name(),
        Repair.Vars.DESCRIPTION.name());
    List<RepairOrder> orders = new ArrayList<>();
    for (String id : ids) {
      Map<String, Object> order = vars.getOrDefault(id, Map.of());
      orders.add(new RepairOrder(id, RepairOrder.PROPERTY_REPAIR, (String) order.get(Repair.Vars.CASE_NUMBER.name()),
          (String) order.get(Repair.Vars.OWNER_NAME.name()), (String) order.get(Repair.Vars.UNIT.name()),
          (String) order.get(Repair.Vars.OWNER_PHONE.name()),
          SUBJECT_PREFIX + order.get(Repair.Vars.DESCRIPTION.name())));
    }
    return orders.stream().filter(o -> hasText(o.ownerName()) && hasText(o.unit()) && hasText(o.caseNumber()))
        .toList();
  }

  /** Ids drawn by earlier spot checks of the same month (their history variables). */
  private Set<String> drawnBefore(YearMonth month) {
    List<String> checks = history.createHistoricVariableInstanceQuery()
        .variableValueEquals(QualitySpotCheck.Vars.MONTH.name(), month.toString()).list().stream()
        .map(v -> v.getProcessInstanceId()).distinct().toList();
    Set<String> ids = new HashSet<>();
    HistoryVariables.ofProcesses(history, checks, QualitySpotCheck.Vars.DRAWN.name()).values().forEach(vars -> {
      Object drawn = vars.get(QualitySpotCheck.Vars.DRAWN.name());
      if (drawn instanceof String text && !text.isBlank()) {
        ids.addAll(Arrays.asList(text.split(",")));
      }
    });
    return ids;
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
