package com.huifang.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Issue 27: work a company-wide timer starts once per management office. A called case always runs in its caller's
 * office (the engine gives a called instance its caller's tenant), so a timer-started case whose work belongs to
 * several offices starts its own process again once per office, at a message start event, with the office named
 * ({@link CaseTenants#OFFICE_ID}); each of those is then that office's case and calls that office's cases.
 */
public final class PerOffice {

  private PerOffice() {}

  /**
   * Starts the process of the message start event {@code message} once per office (each tenant), or once with no
   * office named when no office is registered (a bare engine); returns how many were started.
   */
  public static int startByMessage(DelegateExecution execution, String message) {
    var engine = execution.getProcessEngineServices();
    List<String> offices = engine.getIdentityService().createTenantQuery().orderByTenantId().asc().list().stream()
        .map(Tenant::getId).toList();
    if (offices.isEmpty()) {
      engine.getRuntimeService().startProcessInstanceByMessage(message);
      return 1;
    }
    offices.forEach(office -> engine.getRuntimeService().startProcessInstanceByMessage(message,
        Variables.putValue(CaseTenants.OFFICE_ID, office)));
    return offices.size();
  }
}
