package com.huifang.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every new case the tenant of its management office, for the shared (tenant-less) process and decision
 * definitions: Camunda's {@code TenantIdProvider} on the engine configuration ("Single Process Engine With Tenant
 * Identifiers", shared definitions). Tasklist, Cockpit and the REST API then show a user only the cases of the
 * tenants they are a member of. In this order, the first that answers:
 * <ol>
 *   <li>the start variables name an office ({@code officeId}, chosen at intake);</li>
 *   <li>the case is called by another (call activity): the caller's tenant;</li>
 *   <li>the start variables name a unit of an office's project (owner register → project → office);</li>
 *   <li>the user who starts it is a member of exactly one office: that office;</li>
 *   <li>otherwise the default office.</li>
 * </ol>
 * A decision evaluated in a case belongs to the case's tenant; one evaluated on its own to its user's single office.
 */
@Component
public class TenantPerCase extends AbstractCamundaConfiguration implements TenantIdProvider {

  private final ObjectProvider<CaseTenants> tenants;

  TenantPerCase(ObjectProvider<CaseTenants> tenants) {
    this.tenants = tenants;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    return tenantOf(context.getVariables(), context.getSuperExecution());
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return tenantOf(context.getVariables(), context.getSuperExecution());
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    if (context.getExecution() != null) {
      return context.getExecution().getTenantId();
    }
    return startersOnlyTenant();
  }

  /** The tenant of a case started with these variables, by the caller {@code superExecution} (or none). */
  public String tenantOf(Map<String, Object> variables, DelegateExecution superExecution) {
    CaseTenants offices = tenants.getObject();
    Map<String, Object> values = variables == null ? Map.of() : variables;
    Optional<String> named = offices.named(values);
    if (named.isPresent()) {
      return named.get();
    }
    if (superExecution != null && superExecution.getTenantId() != null) {
      return superExecution.getTenantId();
    }
    Optional<String> ofUnit = offices.ofUnit(values);
    if (ofUnit.isPresent()) {
      return ofUnit.get();
    }
    String starters = startersOnlyTenant();
    return starters != null ? starters : offices.defaultTenant();
  }

  /** The one tenant of the authenticated user of this command, or null (no user, or a member of several or none). */
  private static String startersOnlyTenant() {
    var commandContext = Context.getCommandContext();
    Authentication user = commandContext == null ? null : commandContext.getAuthentication();
    List<String> ids = user == null ? null : user.getTenantIds();
    return ids != null && ids.size() == 1 ? ids.get(0) : null;
  }
}
