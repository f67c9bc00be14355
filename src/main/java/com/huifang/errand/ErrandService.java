package com.huifang.errand;

import static com.huifang.errand.Errand.Vars.*;

import com.huifang.web.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Errands taken through the API, as the calling user (the engine checks that user's authorizations). */
@Service
class ErrandService {

  /** What {@link #find} shows of an errand: the request, the money and the settlement. */
  static final List<String> SHOWN = List.of(ERRAND_TYPE.name(), ERRAND_TYPE_LABEL.name(), ERRAND_SUMMARY.name(),
      OWNER_NAME.name(), UNIT.name(), DELIVERY_TIME_TEXT.name(), ESTIMATED_COST.name(), DEPOSIT.name(), COST.name(),
      SETTLEMENT_DIRECTION.name(), SETTLEMENT_DIRECTION_LABEL.name(), SETTLEMENT_AMOUNT.name(), SETTLED.name());

  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;

  ErrandService(RuntimeService runtime, HistoryService history, TaskService tasks) {
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
  }

  /** Starts an errand with a request already checked by {@link ErrandRequest}; the start listener checks it again. */
  Map<String, Object> take(String userId, Map<String, Object> request) {
    Map<String, Object> variables = new LinkedHashMap<>(request);
    variables.put("initiator", userId);
    ProcessInstance instance = runtime.startProcessInstanceByKey(Errand.KEY, variables);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", instance.getBusinessKey());
    body.put("processInstanceId", instance.getId());
    body.put("errandType", request.get(ERRAND_TYPE.name()));
    body.put("deliveryDue", runtime.getVariable(instance.getId(), DELIVERY_TIME_TEXT.name()));
    body.put("estimatedCost", runtime.getVariable(instance.getId(), ESTIMATED_COST.name()));
    return body;
  }

  /**
   * Where an errand stands, under the caller's authorizations: customer-service keeps the register and reads
   * every errand; anyone else (and an unknown number) gets 404.
   */
  Map<String, Object> find(String caseNumber) {
    HistoricProcessInstance found = history.createHistoricProcessInstanceQuery().processDefinitionKey(Errand.KEY)
        .processInstanceBusinessKey(caseNumber).singleResult();
    if (found == null) {
      throw ApiException.notFound("没有委托服务 " + caseNumber + ",或无权查看");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", caseNumber);
    body.put("status", found.getEndTime() == null ? "open" : "completed");
    Map<String, Object> values = new LinkedHashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(found.getId())
        .variableNameIn(SHOWN.toArray(String[]::new)).list()
        .forEach(v -> values.put(v.getName(), v.getValue()));
    SHOWN.forEach(name -> body.put(name, values.get(name)));
    body.put("tasks", tasks.createTaskQuery().processInstanceId(found.getId()).orderByTaskCreateTime().asc().list()
        .stream().map(t -> t.getName()).toList());
    return body;
  }
}
