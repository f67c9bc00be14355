package com.huifang.task;

import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.DateInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The due date of a user task, for {@code camunda:dueDate} expressions ({@code ${taskDue.forKind('office-step')}}).
 * Where the seeds give no time, the office manager's decision table {@value #DECISION} gives a default per task
 * kind as an ISO-8601 duration, counted from the moment the task is created. The table is the latest deployed
 * version, so an edited table applies to every task created after it is deployed, in running cases too. It is
 * evaluated without decision history: one decision instance per task would bury the complaint decisions in
 * Cockpit and add rows to every case.
 */
@Component("taskDue")
public class TaskDue {

  public static final String DECISION = "task-due-defaults";
  public static final String KIND_INPUT = "taskKind";
  public static final String DUE_WITHIN_OUTPUT = "dueWithin";

  private final RepositoryService repository;
  private final HuifangProperties properties;
  /** A DMN engine of its own, without the process engine's history listeners; thread-safe, built once. */
  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  /** Parsed tables by decision definition id (a deployed definition never changes). */
  private final Map<String, DmnDecision> tables = new ConcurrentHashMap<>();
  /** Each table's answer per task kind: the table depends on the kind alone, so it is evaluated once per kind. */
  private final Map<String, Duration> answers = new ConcurrentHashMap<>();

  public TaskDue(RepositoryService repository, HuifangProperties properties) {
    this.repository = repository;
    this.properties = properties;
  }

  /** Due after the default of this task kind, counted from now. */
  public Date forKind(String kind) {
    Date due = EngineClock.nowAsDate();
    dueWithin(kind).addTo(due);
    return due;
  }

  /**
   * Due after the default of this task kind, but not after {@code latest} (a step that must be done before a
   * promised time, e.g. an errand step before the promised delivery). Without {@code latest}, the default.
   */
  public Date forKindNotAfter(String kind, Date latest) {
    Date due = forKind(kind);
    return latest != null && latest.before(due) ? latest : due;
  }

  /**
   * Due at the time agreed with the owner ({@code appointment}: a date, or a Camunda Forms datetime text read in
   * the office's time zone), or at {@code otherwise} when none was agreed.
   */
  public Date appointedOr(Object appointment, Date otherwise) {
    return DateInput.parse(appointment, properties.zone()).orElse(otherwise);
  }

  /** The table's default for this task kind; fails when the kind has no row or the row is no duration. */
  public Duration dueWithin(String kind) {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("the decision table " + DECISION + " is not deployed");
    }
    return answers.computeIfAbsent(definition.getId() + "/" + kind, key -> evaluate(definition.getId(), kind));
  }

  private Duration evaluate(String definitionId, String kind) {
    DmnDecision table = tables.computeIfAbsent(definitionId, this::parse);
    DmnDecisionResult result = DMN.evaluateDecision(table, Variables.createVariables().putValue(KIND_INPUT, kind));
    if (result.isEmpty()) {
      throw new IllegalArgumentException("task kind '" + kind + "' has no row in the decision table " + DECISION);
    }
    return parseDuration(result.getSingleResult().getEntry(DUE_WITHIN_OUTPUT), kind);
  }

  /** An ISO-8601 duration such as PT30M, P1D or P2DT4H; zero or negative is refused. */
  static Duration parseDuration(Object text, String kind) {
    try {
      Duration duration = DatatypeFactory.newInstance().newDuration(String.valueOf(text).trim());
      if (duration.getSign() <= 0) {
        throw new IllegalArgumentException("not positive");
      }
      return duration;
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("the decision table " + DECISION + " gives task kind '" + kind
          + "' the time '" + text + "', which is no positive ISO-8601 duration (e.g. PT1H, P1D)", e);
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private DmnDecision parse(String definitionId) {
    try (InputStream in = repository.getDecisionModel(definitionId)) {
      return DMN.parseDecision(DECISION, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
