package com.huifang.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The repair service-level table (processes/repair-service-level.dmn, rule P2) on the standalone DMN engine, row by row. */
class RepairServiceLevelDecisionTest {

  static final String FILE = "processes/repair-service-level.dmn";

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream(FILE)) {
      decision = engine.parseDecision(Repair.SERVICE_LEVEL_DECISION, in);
    }
  }

  static Map<String, Object> evaluate(String faultKind, String urgency) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("faultKind", faultKind);
    variables.put("urgency", urgency);
    DmnDecisionResult result = engine.evaluateDecision(decision, Variables.fromMap(variables));
    assertThat(result).hasSize(1); // FIRST: exactly the first matching row
    return result.getSingleResult().getEntryMap();
  }

  @ParameterizedTest(name = "P2 {0} taken as {1}: {2}, {3} within {4}, manager after {5} more")
  @CsvSource({
      // Rule_UtilityOrLift: water, power, gas and lift are urgent whatever the intake said
      "water,      ordinary, dept-engineering, urgent,   PT30M, PT1H",
      "power,      ordinary, dept-engineering, urgent,   PT30M, PT1H",
      "gas,        urgent,   dept-engineering, urgent,   PT30M, PT1H",
      "lift,       ordinary, dept-engineering, urgent,   PT30M, PT1H",
      // Rule_Safety
      "safety,     ordinary, dept-security,    urgent,   PT30M, PT1H",
      // Rule_CleaningUrgent, Rule_Cleaning
      "cleaning,   urgent,   dept-cleaning,    urgent,   PT30M, PT1H",
      "cleaning,   ordinary, dept-cleaning,    ordinary, PT24H, PT4H",
      // Rule_GreeningUrgent, Rule_Greening
      "greening,   urgent,   dept-greening,    urgent,   PT30M, PT1H",
      "greening,   ordinary, dept-greening,    ordinary, PT24H, PT4H",
      // Rule_OtherUrgent, Rule_Other: engineering by default
      "doorWindow, urgent,   dept-engineering, urgent,   PT30M, PT1H",
      "facility,   ordinary, dept-engineering, ordinary, PT24H, PT4H",
      "other,      ordinary, dept-engineering, ordinary, PT24H, PT4H"})
  void everyRow(String kind, String urgency, String department, String applied, String within, String managerAfter) {
    assertThat(evaluate(kind, urgency)).containsEntry("departmentGroup", department).containsEntry("urgency", applied)
        .containsEntry("responseWithin", within).containsEntry("supervisorGroup", "duty-supervisor")
        .containsEntry("managerGroup", "office-manager").containsEntry("managerAfter", managerAfter);
  }

  @Test
  @DisplayName("P2 the table has the eight rows this test walks through, and every response window is an ISO-8601 duration")
  void rowsAreTheTested() throws IOException {
    try (InputStream in = new FileInputStream(FILE)) {
      var rules = Dmn.readModelFromStream(in).getModelElementsByType(Rule.class);
      assertThat(rules).extracting(Rule::getId).containsExactly("Rule_UtilityOrLift", "Rule_Safety",
          "Rule_CleaningUrgent", "Rule_Cleaning", "Rule_GreeningUrgent", "Rule_Greening", "Rule_OtherUrgent", "Rule_Other");
      rules.forEach(rule -> rule.getOutputEntries().stream().map(e -> e.getText().getTextContent())
          .filter(t -> t.startsWith("\"PT")).forEach(t -> java.time.Duration.parse(t.replace("\"", ""))));
    }
  }
}
