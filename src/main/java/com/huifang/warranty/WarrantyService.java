package com.huifang.warranty;

import com.huifang.engine.CaseTenants;
import com.huifang.engine.EngineClock;
import com.huifang.engine.EngineUsers;
import static com.huifang.warranty.Warranty.Vars.*;

import com.huifang.engine.HuifangProperties;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Warranty cases through the API: registration at completion acceptance (W1) and repair requests (W6).
 * Engine calls run as the calling user, so the engine checks the user's authorizations; only the repair
 * message to an open case is correlated as the system (see {@link #reportRepair}).
 */
@Service
class WarrantyService {

  /** Variables a repair after the warranty copies from its case, so its forms show the same header. */
  static final List<String> CASE_HEADER = List.of(CASE_NUMBER.name(), PROJECT_NAME.name(), OWNER_NAME.name(),
      UNIT.name(), OWNER_PHONE.name(), HANDOVER_DATE_TEXT.name(), WARRANTY_END_TEXT.name(), WORK_KINDS_LABEL.name());
  static final String REPAIR_REQUEST_ID = "repairRequestId";

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final HuifangProperties properties;

  WarrantyService(RuntimeService runtime, HistoryService history, IdentityService identity,
      HuifangProperties properties) {
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.properties = properties;
  }

  /** The answer to a registration: the case number, its process instance, and when the warranty ends. */
  record WarrantyOpened(String caseNumber, String processInstanceId, String warrantyEnd) {}

  /** W1: opens a case as the calling user; the start listener checks it again and numbers it. */
  WarrantyOpened register(String userId, WarrantyRequest request) {
    Map<String, Object> variables = request.variables();
    variables.put("initiator", userId);
    ProcessInstance instance = runtime.startProcessInstanceByKey(Warranty.KEY, variables);
    return new WarrantyOpened(instance.getBusinessKey(), instance.getId(),
        (String) runtime.getVariable(instance.getId(), WARRANTY_END_TEXT.name()));
  }

  /**
   * W6: a repair request for a case. While the warranty runs it is correlated to the case, whose repair
   * event sub-process calls the repair with the in-warranty rules. After the warranty has ended (or once its
   * end has passed) the case is closed, so the repair starts on its own under the case number, with the
   * after-warranty rule (main materials charged). Empty for a case the caller cannot see.
   */
  Optional<RepairReported> reportRepair(String caseNumber, String faultDescription) {
    return forward(caseNumber, faultDescription).map(forwarded -> {
      String repairId = forwarded.repairId() != null ? forwarded.repairId()
          : asSystem(() -> runtime.createProcessInstanceQuery().processDefinitionKey(Warranty.REPAIR_KEY)
              .variableValueEquals(REPAIR_REQUEST_ID, forwarded.requestId()).singleResult().getId());
      return new RepairReported(caseNumber, repairId, forwarded.inWarranty());
    });
  }

  /** The answer to a repair request: the case, the repair's process instance, and whether it is in warranty. */
  record RepairReported(String caseNumber, String processInstanceId, boolean inWarranty) {}

  /** What staff read when a case number is unknown to them (or not theirs to see). */
  static String unknownCase(String caseNumber) {
    return "没有保修案件 " + caseNumber + ",或无权查看";
  }

  /**
   * A repair request handed to its case: in warranty, correlated to the case, whose repair is found later by
   * the request id (inside an engine transaction it is not queryable yet); after it, started on its own.
   */
  record Forwarded(boolean inWarranty, String requestId, String repairId) {}

  Optional<Forwarded> forward(String caseNumber, String faultDescription) {
    HistoricProcessInstance found = history.createHistoricProcessInstanceQuery().processDefinitionKey(Warranty.KEY)
        .processInstanceBusinessKey(caseNumber).singleResult();
    if (found == null) {
      return Optional.empty();
    }
    Map<String, Object> caseVariables = new LinkedHashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(found.getId())
        .variableNameIn(CASE_HEADER.toArray(String[]::new)).list().stream()
        .forEach((HistoricVariableInstance v) -> caseVariables.putIfAbsent(v.getName(), v.getValue()));
    Object end = history.createHistoricVariableInstanceQuery().processInstanceId(found.getId())
        .variableName(WARRANTY_END.name()).singleResult().getValue();
    boolean inWarranty = found.getEndTime() == null && end instanceof Date warrantyEnd
        && EngineClock.nowAsDate().before(warrantyEnd);

    String requestId = UUID.randomUUID().toString();
    if (inWarranty) {
      // correlating needs UPDATE on the case, which warranty-service does not hold: the caller's group was checked
      asSystem(() -> runtime.createMessageCorrelation(Warranty.REPAIR_MESSAGE)
          .processInstanceId(found.getId())
          .setVariable(FAULT_DESCRIPTION.name(), faultDescription)
          .setVariable(REPAIR_REQUEST_ID, requestId)
          .correlateWithResult());
      return Optional.of(new Forwarded(true, requestId, null));
    }
    Map<String, Object> variables = new LinkedHashMap<>(caseVariables);
    variables.put(FAULT_DESCRIPTION.name(), faultDescription);
    variables.put(IN_WARRANTY.name(), false);
    variables.put(REPAIR_REQUEST_ID, requestId);
    if (found.getTenantId() != null) {
      // issue 27: the repair is a case of the warranty case's office, whoever reports it
      variables.put(CaseTenants.OFFICE_ID, found.getTenantId());
    }
    return Optional.of(new Forwarded(false, requestId,
        runtime.startProcessInstanceByKey(Warranty.REPAIR_KEY, caseNumber, variables).getId()));
  }

  private <T> T asSystem(Supplier<T> work) {
    return EngineUsers.withoutAuthorization(identity, work);
  }
}
