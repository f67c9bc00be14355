package com.huifang.specialrevisit;

import com.huifang.engine.HistoryVariables;
import com.huifang.revisit.OwnerRevisit;
import com.huifang.revisit.Satisfaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;

/**
 * A campaign's progress (S5), read from history: per household its revisit's rounds so far and the last verdict; in
 * sum how many households were revisited at least once and how many are done (the owner satisfied, R5).
 */
@Service
class SpecialRevisitProgress {

  static final String RUNNING = "进行中";
  static final String DONE = "已完成";

  private final HistoryService history;
  private final IdentityService identity;

  SpecialRevisitProgress(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  /** One household's revisit. */
  record HouseholdProgress(String caseNumber, String unit, String ownerName, int rounds, String lastSatisfaction,
      boolean done) {}

  /** The campaign: what, why, whose office, and its households. */
  record Progress(String number, String reason, String reasonLabel, String subject, String office, String state,
      int households, int revisited, int done, List<HouseholdProgress> revisits) {}

  /** The campaign of that number, if one of the offices' (null: any office). */
  Optional<Progress> of(String number, List<String> offices) {
    return HistoryVariables.asCompany(identity, () -> {
      var query = history.createHistoricProcessInstanceQuery().processDefinitionKey(SpecialRevisit.KEY)
          .processInstanceBusinessKey(number);
      if (offices != null) {
        query.tenantIdIn(offices.toArray(String[]::new));
      }
      HistoricProcessInstance campaign = query.singleResult();
      return campaign == null ? Optional.<Progress>empty() : Optional.of(progress(campaign));
    });
  }

  private Progress progress(HistoricProcessInstance campaign) {
    Map<String, Object> vars = HistoryVariables.ofProcesses(history, List.of(campaign.getId()),
        SpecialRevisit.Vars.REASON.name(), SpecialRevisit.Vars.REASON_LABEL.name(), SpecialRevisit.Vars.SUBJECT.name(),
        SpecialRevisit.Vars.HOUSEHOLD_COUNT.name()).getOrDefault(campaign.getId(), Map.of());
    List<HistoricProcessInstance> revisits = history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(campaign.getId()).list();
    List<String> ids = revisits.stream().map(HistoricProcessInstance::getId).toList();
    Map<String, Map<String, Object>> owners = HistoryVariables.ofProcesses(history, ids,
        OwnerRevisit.Vars.UNIT.name(), OwnerRevisit.Vars.OWNER_NAME.name(), OwnerRevisit.Vars.SATISFACTION.name(),
        OwnerRevisit.Vars.SATISFIED.name());
    Map<String, Long> rounds = ids.isEmpty() ? Map.of() : history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(OwnerRevisit.KEY).taskDefinitionKey(OwnerRevisit.Elements.CONDUCT_REVISIT).finished()
        .list().stream().filter(t -> ids.contains(t.getProcessInstanceId()) && "completed".equals(t.getDeleteReason()))
        .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId, Collectors.counting()));
    List<HouseholdProgress> households = new ArrayList<>();
    for (HistoricProcessInstance revisit : revisits) {
      Map<String, Object> v = owners.getOrDefault(revisit.getId(), Map.of());
      int done = rounds.getOrDefault(revisit.getId(), 0L).intValue();
      Object satisfaction = done == 0 ? null : v.get(OwnerRevisit.Vars.SATISFACTION.name());
      households.add(new HouseholdProgress(revisit.getBusinessKey(), (String) v.get(OwnerRevisit.Vars.UNIT.name()),
          (String) v.get(OwnerRevisit.Vars.OWNER_NAME.name()), done,
          satisfaction == null ? null : Satisfaction.byId(satisfaction.toString()).map(Satisfaction::label).orElse(null),
          revisit.getEndTime() != null && Boolean.TRUE.equals(v.get(OwnerRevisit.Vars.SATISFIED.name()))));
    }
    households.sort(Comparator.comparing(HouseholdProgress::caseNumber));
    Object count = vars.get(SpecialRevisit.Vars.HOUSEHOLD_COUNT.name());
    return new Progress(campaign.getBusinessKey(), (String) vars.get(SpecialRevisit.Vars.REASON.name()),
        (String) vars.get(SpecialRevisit.Vars.REASON_LABEL.name()), (String) vars.get(SpecialRevisit.Vars.SUBJECT.name()),
        campaign.getTenantId(), campaign.getEndTime() == null ? RUNNING : DONE,
        count instanceof Integer n ? n : households.size(),
        (int) households.stream().filter(h -> h.rounds() > 0).count(),
        (int) households.stream().filter(HouseholdProgress::done).count(), households);
  }
}
