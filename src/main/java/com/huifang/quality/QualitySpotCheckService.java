package com.huifang.quality;

import com.huifang.engine.HistoryVariables;
import com.huifang.complaint.Complaint;
import com.huifang.engine.HuifangProperties;
import com.huifang.identity.StaffGroup;
import com.huifang.warranty.Warranty;
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
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;

/**
 * K4, the monthly quality spot check: which repair orders a month had, and the reproducible random
 * sample of them. A repair order of a month is
 * <ul>
 *   <li>a warranty repair: a warranty-repair instance started in the month (W6);</li>
 *   <li>a complaint repair: a complaint's work dispatched to the engineering department (工程部, the
 *       department that repairs) created in the month (C8). Work of the security, cleaning and greening
 *       departments is not a repair.</li>
 * </ul>
 * An order without an owner to visit (an anonymous complaint, C12) is left out. An order already drawn
 * by another spot check of the same month is left out too, so no order is revisited twice in a month.
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

  public Draw draw(YearMonth month, long seed) {
    Set<String> drawnBefore = drawnBefore(month);
    Map<String, RepairOrder> orders = repairOrders(month).stream()
        .filter(o -> !drawnBefore.contains(o.id()))
        .collect(Collectors.toMap(RepairOrder::id, Function.identity()));
    List<String> population = orders.keySet().stream().sorted().toList();
    List<RepairOrder> drawn = SpotCheckSample.draw(population, seed).stream().map(orders::get).toList();
    return new Draw(month, seed, population, drawn);
  }

  /** Every repair order of the month with an owner to visit. */
  List<RepairOrder> repairOrders(YearMonth month) {
    Date start = Date.from(month.atDay(1).atStartOfDay(properties.zone()).toInstant());
    Date end = Date.from(month.plusMonths(1).atDay(1).atStartOfDay(properties.zone()).toInstant());
    List<RepairOrder> orders = new ArrayList<>();

    List<HistoricProcessInstance> repairs = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Warranty.REPAIR_KEY).startedAfter(start).startedBefore(end).list().stream()
        .filter(p -> !p.getStartTime().before(start) && p.getStartTime().before(end)).toList();
    Map<String, Map<String, Object>> repairVars = HistoryVariables.ofProcesses(history,
        repairs.stream().map(HistoricProcessInstance::getId).toList(), Warranty.Vars.OWNER_NAME.name(),
        Warranty.Vars.UNIT.name(), Warranty.Vars.OWNER_PHONE.name(), Warranty.Vars.FAULT_DESCRIPTION.name());
    for (HistoricProcessInstance repair : repairs) {
      Map<String, Object> vars = repairVars.getOrDefault(repair.getId(), Map.of());
      orders.add(new RepairOrder(repair.getId(), RepairOrder.WARRANTY_REPAIR, repair.getBusinessKey(),
          (String) vars.get(Warranty.Vars.OWNER_NAME.name()), (String) vars.get(Warranty.Vars.UNIT.name()),
          (String) vars.get(Warranty.Vars.OWNER_PHONE.name()),
          SUBJECT_PREFIX + vars.get(Warranty.Vars.FAULT_DESCRIPTION.name())));
    }

    List<HistoricTaskInstance> works = history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(Complaint.KEY).taskDefinitionKey(Complaint.Elements.DEPARTMENT_WORK)
        .taskHadCandidateGroup(StaffGroup.DEPT_ENGINEERING.id()).startedAfter(start).startedBefore(end).list().stream()
        .filter(t -> !t.getStartTime().before(start) && t.getStartTime().before(end)).toList();
    Map<String, Map<String, Object>> complaintVars = HistoryVariables.ofProcesses(history,
        works.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().toList(),
        Complaint.Vars.CASE_NUMBER.name(), Complaint.Vars.OWNER_NAME.name(), Complaint.Vars.UNIT.name(),
        Complaint.Vars.OWNER_PHONE.name(), Complaint.Vars.DESCRIPTION.name());
    for (HistoricTaskInstance work : works) {
      Map<String, Object> vars = complaintVars.getOrDefault(work.getProcessInstanceId(), Map.of());
      orders.add(new RepairOrder(work.getId(), RepairOrder.COMPLAINT_REPAIR,
          (String) vars.get(Complaint.Vars.CASE_NUMBER.name()), (String) vars.get(Complaint.Vars.OWNER_NAME.name()),
          (String) vars.get(Complaint.Vars.UNIT.name()), (String) vars.get(Complaint.Vars.OWNER_PHONE.name()),
          SUBJECT_PREFIX + vars.get(Complaint.Vars.DESCRIPTION.name())));
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
