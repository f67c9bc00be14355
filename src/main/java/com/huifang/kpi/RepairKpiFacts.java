package com.huifang.kpi;

import com.huifang.engine.HistoryVariables;
import com.huifang.owner.OwnerContact;
import com.huifang.owner.OwnerRegister;
import com.huifang.repair.Repair;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * What K6 and K7 count of property repair requests (P2, P4), read from history without the caller's per-case
 * authorizations (the controller checks the group and decides the offices):
 * <ul>
 *   <li>K7 revisit rate: the repair requests that ended in the period; revisited = a 回访业主 round completed for it
 *       ({@code revisitCount} ≥ 1). A request ended by hand in Cockpit before its revisit counts as not revisited.</li>
 *   <li>K6 response compliance per urgency (the table's): the requests received in the period whose response is
 *       decided (the technician arrived, or the deadline has passed); in time = arrived by the deadline.</li>
 * </ul>
 */
@Component
class RepairKpiFacts {

  /** The counts of one period: ended and revisited (K7), and per urgency decided and in time (K6). */
  record Counts(long ended, long revisited, Map<String, long[]> responseByUrgency) {}

  private final HistoryService history;
  private final IdentityService identity;
  private final OwnerRegister owners;

  RepairKpiFacts(HistoryService history, IdentityService identity, OwnerRegister owners) {
    this.history = history;
    this.identity = identity;
    this.owners = owners;
  }

  Counts count(Date start, Date end, Date now, List<String> offices, String project) {
    return HistoryVariables.asCompany(identity, () -> {
      List<HistoricProcessInstance> ended = inProject(query(offices).finishedAfter(start).finishedBefore(end).list()
          .stream().filter(p -> Period.within(p.getEndTime(), start, end)).toList(), project);
      Map<String, Map<String, Object>> endedVars = HistoryVariables.ofProcesses(history,
          ended.stream().map(HistoricProcessInstance::getId).toList(), Repair.Vars.REVISIT_COUNT.name());
      long revisited = ended.stream().filter(p -> endedVars.getOrDefault(p.getId(), Map.of())
          .get(Repair.Vars.REVISIT_COUNT.name()) instanceof Integer n && n > 0).count();

      List<HistoricProcessInstance> received = inProject(query(offices).startedAfter(start).startedBefore(end).list()
          .stream().filter(p -> Period.within(p.getStartTime(), start, end)).toList(), project);
      Map<String, Map<String, Object>> receivedVars = HistoryVariables.ofProcesses(history,
          received.stream().map(HistoricProcessInstance::getId).toList(), Repair.Vars.URGENCY_APPLIED.name(),
          Repair.Vars.RESPONSE_DUE.name(), Repair.Vars.ARRIVED_AT.name(), Repair.Vars.RESPONDED_IN_TIME.name());
      Map<String, long[]> byUrgency = new java.util.LinkedHashMap<>();
      Repair.URGENCIES.keySet().forEach(urgency -> byUrgency.put(urgency, new long[2]));
      for (HistoricProcessInstance p : received) {
        Map<String, Object> v = receivedVars.getOrDefault(p.getId(), Map.of());
        long[] counts = byUrgency.get(v.get(Repair.Vars.URGENCY_APPLIED.name()));
        boolean arrived = v.get(Repair.Vars.ARRIVED_AT.name()) != null;
        boolean overdue = v.get(Repair.Vars.RESPONSE_DUE.name()) instanceof Date due && due.before(now);
        if (counts == null || !(arrived || overdue)) {
          continue; // not yet through the service level, or still within its deadline
        }
        counts[0]++;
        if (arrived && Boolean.TRUE.equals(v.get(Repair.Vars.RESPONDED_IN_TIME.name()))) {
          counts[1]++;
        }
      }
      return new Counts(ended.size(), revisited, byUrgency);
    });
  }

  private HistoricProcessInstanceQuery query(List<String> offices) {
    HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery().processDefinitionKey(Repair.KEY);
    return offices == null ? query : query.tenantIdIn(offices.toArray(String[]::new));
  }

  /** The cases whose unit the owner register puts in {@code project} (all when null). */
  private List<HistoricProcessInstance> inProject(List<HistoricProcessInstance> cases, String project) {
    if (project == null || cases.isEmpty()) {
      return cases;
    }
    Map<String, Map<String, Object>> units = HistoryVariables.ofProcesses(history,
        cases.stream().map(HistoricProcessInstance::getId).toList(), Repair.Vars.UNIT.name());
    List<HistoricProcessInstance> kept = new ArrayList<>();
    for (HistoricProcessInstance p : cases) {
      Object unit = units.getOrDefault(p.getId(), Map.of()).get(Repair.Vars.UNIT.name());
      if (unit instanceof String u && owners.findByUnit(u).map(OwnerContact::project).filter(Objects::nonNull)
          .filter(project::equals).isPresent()) {
        kept.add(p);
      }
    }
    return kept;
  }
}
