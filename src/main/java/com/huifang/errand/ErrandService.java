package com.huifang.errand;

import static com.huifang.errand.Errand.Vars.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Errands taken through the API, as the calling user (the engine checks that user's authorizations). */
@Service
class ErrandService {

  private final RuntimeService runtime;

  ErrandService(RuntimeService runtime) {
    this.runtime = runtime;
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
}
