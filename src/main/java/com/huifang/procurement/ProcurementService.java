package com.huifang.procurement;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Procurement's API: a purchase registered by a buyer (Q1). */
@Service
class ProcurementService {

  private final RuntimeService runtime;

  ProcurementService(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** The answer to a registered purchase: its number, its case, and whether it is flagged for the issuer's contact. */
  record PurchaseRegistered(String caseNumber, String processInstanceId, boolean issuerContactMissing) {}

  /** Q1: starts the register's case as the calling buyer; the start listener checks it again and numbers it. */
  PurchaseRegistered register(String userId, PurchaseRequest request) {
    Map<String, Object> variables = request.variables();
    variables.put(RegisterPurchaseListener.INITIATOR, userId);
    ProcessInstance instance = runtime.startProcessInstanceByKey(Procurement.PURCHASE_KEY, variables);
    return new PurchaseRegistered(instance.getBusinessKey(), instance.getId(),
        PurchaseRequest.text(request.issuerContact()) == null);
  }
}
