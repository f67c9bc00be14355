package com.huifang.complaint.intake;

import static com.huifang.complaint.Complaint.Vars.FIRST_CONTACT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.web.ApiException;
import com.huifang.complaint.Complaint;
import com.huifang.complaint.intake.IdempotencyKeys.Answer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C1 intake through the API: starts a complaint as the calling user, so the engine checks that user's
 * authorizations (CREATE_INSTANCE on complaint-handling). With an idempotency key the start and the key
 * are written in one Spring transaction (the engine joins it): a repeat gets the first answer, a failed
 * start leaves no key, and of two concurrent requests with one key exactly one starts a case.
 */
@Service
class ComplaintIntake {

  private final RuntimeService runtime;
  private final IdempotencyKeys keys;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;

  ComplaintIntake(RuntimeService runtime, IdempotencyKeys keys, PlatformTransactionManager transactions,
      ObjectMapper json) {
    this.runtime = runtime;
    this.keys = keys;
    this.transaction = new TransactionTemplate(transactions);
    this.json = json;
  }

  /** The answer to a valid intake: 201 with the case, or the first answer to the same key. */
  Answer receive(String userId, Map<String, Object> variables, String idempotencyKey) {
    if (idempotencyKey == null) {
      return transaction.execute(status -> start(userId, variables));
    }
    var earlier = keys.find(idempotencyKey, userId);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return transaction.execute(status -> {
        keys.claim(idempotencyKey, userId);
        Answer answer = start(userId, variables);
        keys.answer(idempotencyKey, userId, answer);
        return answer;
      });
    } catch (DuplicateKeyException concurrent) {
      // another request with this key committed first
      return keys.find(idempotencyKey, userId).orElseThrow(ComplaintIntake::inFlight);
    } catch (PessimisticLockingFailureException | QueryTimeoutException stillRunning) {
      throw inFlight();
    }
  }

  private Answer start(String userId, Map<String, Object> intake) {
    Map<String, Object> variables = new LinkedHashMap<>(intake);
    variables.put("initiator", userId);
    variables.put(FIRST_CONTACT.name(), userId);
    ProcessInstance instance = runtime.startProcessInstanceByKey(Complaint.KEY, variables);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", instance.getBusinessKey());
    body.put("processInstanceId", instance.getId());
    try {
      return new Answer(HttpStatus.CREATED.value(), json.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApiException inFlight() {
    return ApiException.conflict("使用同一 Idempotency-Key 的请求正在处理,请稍后重试");
  }
}
