package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.FIRST_CONTACT;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * P1 intake through the API: starts a repair request as the calling user (the engine checks CREATE_INSTANCE on
 * property-repair), its first contact (首问责任制), in one transaction committed when the answer is given; with an
 * Idempotency-Key that transaction is the key's (web/IdempotencyFilter), which this one joins.
 */
@Service
public class RepairIntake {

  private final RuntimeService runtime;
  private final TransactionTemplate transaction;

  RepairIntake(RuntimeService runtime, PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The answer to a received repair request: its number and its process instance. */
  public record RepairReceived(String caseNumber, String processInstanceId) {}

  /** Starts the repair request as {@code userId} with the request's variables. */
  public RepairReceived receive(String userId, Map<String, Object> intake) {
    return transaction.execute(status -> {
      Map<String, Object> variables = new LinkedHashMap<>(intake);
      variables.put("initiator", userId);
      variables.put(FIRST_CONTACT.name(), userId);
      ProcessInstance instance = runtime.startProcessInstanceByKey(Repair.KEY, variables);
      return new RepairReceived(instance.getBusinessKey(), instance.getId());
    });
  }
}
