package com.huifang.engine;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.springframework.stereotype.Component;

/**
 * Which version of a decision table a case uses: its office's own, where the office has deployed one (a
 * tenant-specific deployment, tenant id = the office's id), else the company's shared table. Every business rule
 * task names it in its model ({@code camunda:decisionRefBinding="latest"} and
 * {@code camunda:decisionRefTenantId="${officeDecisions.tenantFor(execution, 'the-decision-key')}"}), and code that
 * evaluates a table for a case goes through {@link #evaluate}. The latest version applies, so a table a manager
 * deploys takes effect for the next decision without a release.
 */
@Component("officeDecisions")
public class OfficeDecisions {

  private final RepositoryService repository;
  private final DecisionService decisions;

  public OfficeDecisions(RepositoryService repository, DecisionService decisions) {
    this.repository = repository;
    this.decisions = decisions;
  }

  /** The tenant whose table {@code decisionKey} this case uses: its office if the office has its own, else null. */
  public String tenantFor(DelegateExecution execution, String decisionKey) {
    String office = execution.getTenantId();
    if (office == null) {
      return null;
    }
    long own = EngineCommand.withoutAuthorizationChecks(() -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).tenantIdIn(office).count());
    return own > 0 ? office : null;
  }

  /** Evaluates the latest version of {@code decisionKey} this case uses ({@link #tenantFor}). */
  public DmnDecisionResult evaluate(DelegateExecution execution, String decisionKey, Map<String, Object> variables) {
    String tenant = tenantFor(execution, decisionKey);
    DecisionsEvaluationBuilder builder = decisions.evaluateDecisionByKey(decisionKey).variables(variables);
    builder = tenant == null ? builder.decisionDefinitionWithoutTenantId() : builder.decisionDefinitionTenantId(tenant);
    DecisionsEvaluationBuilder evaluation = builder;
    return EngineCommand.withoutAuthorizationChecks(evaluation::evaluate);
  }
}
