package com.huifang.complaint.intake;

import static com.huifang.complaint.Complaint.Vars.FIRST_CONTACT;

import com.huifang.complaint.Complaint;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C1 intake through the API: starts a complaint as the calling user, so the engine checks that user's
 * authorizations (CREATE_INSTANCE on complaint-handling), in one transaction that has committed when the answer
 * is given. With an Idempotency-Key that transaction is the key's (web/IdempotencyFilter), which this one joins.
 */
@Service
class ComplaintIntake {

  private final RuntimeService runtime;
  private final TransactionTemplate transaction;

  ComplaintIntake(RuntimeService runtime, PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The answer to a received complaint: its case number and its process instance. */
  record ComplaintReceived(String caseNumber, String processInstanceId) {}

  /** Starts the complaint as the calling user, its first contact (首问责任人); the start listener checks it again. */
  ComplaintReceived receive(String userId, Map<String, Object> intake) {
    ProcessInstance instance = transaction.execute(status -> {
      Map<String, Object> variables = new LinkedHashMap<>(intake);
      variables.put("initiator", userId);
      variables.put(FIRST_CONTACT.name(), userId);
      return runtime.startProcessInstanceByKey(Complaint.KEY, variables);
    });
    return new ComplaintReceived(instance.getBusinessKey(), instance.getId());
  }
}
