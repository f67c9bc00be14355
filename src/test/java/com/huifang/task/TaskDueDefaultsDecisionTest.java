package com.huifang.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The office manager's table of default due times per task kind (processes/task-due-defaults.dmn), used where
 * the seeds give a task no time of its own, on the standalone DMN engine, row by row.
 */
class TaskDueDefaultsDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("processes/task-due-defaults.dmn")) {
      decision = engine.parseDecision(TaskDue.DECISION, in);
    }
  }

  static DmnDecisionResult evaluate(String kind) {
    return engine.evaluateDecision(decision, Variables.createVariables().putValue(TaskDue.KIND_INPUT, kind));
  }

  @ParameterizedTest(name = "{0}: {1} ({2} minutes)")
  @CsvSource({
      "immediate,      PT30M, 30",      // C2 the night shift registers and dispatches at once
      "classify,       PT1H,  60",      // C5 within the shortest answer window (general: 1 hour)
      "notice,         PT1H,  60",      // C5 C7 told at once
      "escalation,     PT1H,  60",      // C6 E6 W6 already late: urge within the hour
      "approval,       PT4H,  240",     // C6 C9
      "office-step,    P1D,   1440",
      "errand-step,    P1D,   1440",    // E1-E10 within a working day
      "rectification,  P2D,   2880",    // R5
      "repair,         P2D,   2880",    // W6
      "report,         P7D,   10080",   // C13
      "closing-notice, P1D,   1440",    // C1
      "supplier-revisit, P14D, 20160"}) // Q3
  @DisplayName("every row gives its task kind a positive ISO-8601 duration")
  void row(String kind, String dueWithin, long minutes) {
    Object value = evaluate(kind).getSingleResult().getEntry(TaskDue.DUE_WITHIN_OUTPUT);
    assertThat(value).isEqualTo(dueWithin);
    Date start = new Date(0);
    TaskDue.parseDuration(value, kind).addTo(start);
    assertThat(start.getTime()).isEqualTo(minutes * 60_000);
  }

  @Test
  @DisplayName("the table has exactly the rows tested above, and a kind it lacks matches no row")
  void rowsAndUnknownKind() {
    assertThat(decision.getDecisionLogic()).isInstanceOf(org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl.class);
    assertThat(((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic()).getRules())
        .hasSize(12);
    assertThat(evaluate("coffee-break")).isEmpty();
  }

  @Test
  @DisplayName("a time the table gives that is no positive duration is refused with the kind and the text")
  void badDuration() {
    assertThatThrownBy(() -> TaskDue.parseDuration("1 day", "office-step"))
        .hasMessageContaining("office-step").hasMessageContaining("'1 day'");
    assertThatThrownBy(() -> TaskDue.parseDuration("-P1D", "office-step")).hasMessageContaining("'-P1D'");
    assertThatThrownBy(() -> TaskDue.parseDuration("PT0S", "office-step")).hasMessageContaining("'PT0S'");
    assertThatThrownBy(() -> TaskDue.parseDuration(null, "office-step")).hasMessageContaining("'null'");
  }
}
