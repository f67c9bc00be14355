package com.huifang.errand;

import static com.huifang.errand.Errand.Vars.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Errands taken through the API, as the calling user (the engine checks that user's authorizations). */
@Service
class ErrandService {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;

  ErrandService(RuntimeService runtime, HistoryService history, TaskService tasks) {
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
  }

  /** The answer to a taken errand: its number, its process instance, the promised time and the estimate as kept. */
  record ErrandTaken(String caseNumber, String processInstanceId, String errandType, Object deliveryDue,
      Object estimatedCost) {}

  /** Starts an errand with a request already checked by the API; the start listener checks it again. */
  ErrandTaken take(String userId, ErrandRequest request) {
    Map<String, Object> variables = request.variables();
    variables.put("initiator", userId);
    ProcessInstance instance = runtime.startProcessInstanceByKey(Errand.KEY, variables);
    return new ErrandTaken(instance.getBusinessKey(), instance.getId(), request.errandType(),
        runtime.getVariable(instance.getId(), DELIVERY_TIME_TEXT.name()),
        runtime.getVariable(instance.getId(), ESTIMATED_COST.name()));
  }

  /** Where an errand stands: the request, the money and the settlement, and the open tasks' names. */
  record ErrandStatus(String caseNumber, String status, Object errandType, Object errandTypeLabel, Object errandSummary,
      Object ownerName, Object unit, Object deliveryTimeText, Object estimatedCost, Object deposit, Object cost,
      Object settlementDirection, Object settlementDirectionLabel, Object settlementAmount, Object settled,
      List<String> tasks) {}

  /**
   * Where an errand stands, under the caller's authorizations: customer-service keeps the register and reads
   * every errand; anyone else (and an unknown number) finds nothing.
   */
  Optional<ErrandStatus> find(String caseNumber) {
    HistoricProcessInstance found = history.createHistoricProcessInstanceQuery().processDefinitionKey(Errand.KEY)
        .processInstanceBusinessKey(caseNumber).singleResult();
    if (found == null) {
      return Optional.empty();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(found.getId())
        .variableNameIn(ERRAND_TYPE.name(), ERRAND_TYPE_LABEL.name(), ERRAND_SUMMARY.name(), OWNER_NAME.name(),
            UNIT.name(), DELIVERY_TIME_TEXT.name(), ESTIMATED_COST.name(), DEPOSIT.name(), COST.name(),
            SETTLEMENT_DIRECTION.name(), SETTLEMENT_DIRECTION_LABEL.name(), SETTLEMENT_AMOUNT.name(), SETTLED.name())
        .list().forEach(v -> values.put(v.getName(), v.getValue()));
    return Optional.of(new ErrandStatus(caseNumber, found.getEndTime() == null ? "open" : "completed",
        values.get(ERRAND_TYPE.name()), values.get(ERRAND_TYPE_LABEL.name()), values.get(ERRAND_SUMMARY.name()),
        values.get(OWNER_NAME.name()), values.get(UNIT.name()), values.get(DELIVERY_TIME_TEXT.name()),
        values.get(ESTIMATED_COST.name()), values.get(DEPOSIT.name()), values.get(COST.name()),
        values.get(SETTLEMENT_DIRECTION.name()), values.get(SETTLEMENT_DIRECTION_LABEL.name()),
        values.get(SETTLEMENT_AMOUNT.name()), values.get(SETTLED.name()),
        tasks.createTaskQuery().processInstanceId(found.getId()).orderByTaskCreateTime().asc().list().stream()
            .map(t -> t.getName()).toList()));
  }
}
