package com.huifang.complaint;

import com.huifang.engine.EngineCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * C15: the answer window of a severity in the service-level table ({@value Complaint#SERVICE_LEVEL_DECISION}) the
 * case uses (its office's own, else the company's, latest version: the tenant {@code OfficeDecisions#tenantFor} names), so the
 * classification can be due within the window of the proposed severity before the table is applied to the confirmed
 * one. Evaluated on a DMN engine of its own, without decision history: one more decision instance per case would
 * only repeat the one the case records when its severity is confirmed.
 */
@Component("answerWindows")
public class AnswerWindows {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final RepositoryService repository;
  /** Parsed tables by decision definition id (a deployed definition never changes). */
  private final Map<String, DmnDecision> tables = new ConcurrentHashMap<>();

  public AnswerWindows(RepositoryService repository) {
    this.repository = repository;
  }

  /** The answer window of {@code severity} in the latest table of {@code tenant} (null: the company's shared one). */
  public Duration of(String tenant, String severity) {
    DecisionDefinition definition = EngineCommand.withoutAuthorizationChecks(() -> {
      DecisionDefinitionQuery query = repository.createDecisionDefinitionQuery()
          .decisionDefinitionKey(Complaint.SERVICE_LEVEL_DECISION).latestVersion();
      return (tenant == null ? query.withoutTenantId() : query.tenantIdIn(tenant)).singleResult();
    });
    if (definition == null) {
      throw new IllegalStateException("the decision table " + Complaint.SERVICE_LEVEL_DECISION + " is not deployed");
    }
    DmnDecision table = tables.computeIfAbsent(definition.getId(), this::parse);
    DmnDecisionResult result = DMN.evaluateDecision(table, Variables.createVariables().putValue("severity", severity));
    if (result.isEmpty()) {
      throw new IllegalStateException(Complaint.SERVICE_LEVEL_DECISION + " has no row for severity " + severity);
    }
    Object answerWithin = result.getSingleResult().getEntry("answerWithin");
    return Duration.parse(String.valueOf(answerWithin));
  }

  private DmnDecision parse(String definitionId) {
    try (InputStream in = EngineCommand.withoutAuthorizationChecks(() -> repository.getDecisionModel(definitionId))) {
      return DMN.parseDecision(Complaint.SERVICE_LEVEL_DECISION, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
