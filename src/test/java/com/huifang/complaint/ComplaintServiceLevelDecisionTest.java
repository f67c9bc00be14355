package com.huifang.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The complaint service-level table (processes/complaint-service-level.dmn) on the standalone DMN engine. */
class ComplaintServiceLevelDecisionTest {

  static final String FILE = "processes/complaint-service-level.dmn";

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream(FILE)) {
      decision = engine.parseDecision("complaint-service-level", in);
    }
  }

  static DmnDecisionResult evaluate(String severity) {
    return engine.evaluateDecision(decision, Variables.createVariables().putValue("severity", severity));
  }

  static Map<String, Object> row(String severity) {
    DmnDecisionResult result = evaluate(severity);
    assertThat(result).hasSize(1);
    Map<String, Object> row = result.getSingleResult().getEntryMap();
    // the deadlines go into timer definitions (${answerWithin}): they must parse as ISO-8601
    assertThat(Duration.parse((String) row.get("answerWithin"))).isPositive();
    assertThat(Period.parse((String) row.get("resolveWithin")).getDays()).isPositive();
    return row;
  }

  @Test
  @DisplayName("C5 C6 major: chief housekeeper handles, the project head and the general manager are told at once, answer in 24 h, resolve in 7 days, general manager approves, is told and is the last level")
  void major() {
    assertThat(row("major")).containsOnly(
        entry("handlerGroup", "chief-housekeeper"),
        entry("reportToGroup", "general-manager"),
        entry("answerWithin", "PT24H"),
        entry("resolveWithin", "P7D"),
        entry("extensionApproverGroup", "general-manager"),
        entry("answerEscalationGroup", "general-manager"),
        entry("upgradeGroup", "general-manager"),
        entry("upgradedSeverity", "major"),
        entry("informAtOnceGroups", "office-manager,general-manager"));
  }

  @Test
  @DisplayName("C5 C6 important: senior housekeeper handles, chief housekeeper is reported to at once, answer in 3 h, resolve in 3 days, chief housekeeper approves, is told and takes a refused case as major")
  void important() {
    assertThat(row("important")).containsOnly(
        entry("handlerGroup", "senior-housekeeper"),
        entry("reportToGroup", "chief-housekeeper"),
        entry("answerWithin", "PT3H"),
        entry("resolveWithin", "P3D"),
        entry("extensionApproverGroup", "chief-housekeeper"),
        entry("answerEscalationGroup", "chief-housekeeper"),
        entry("upgradeGroup", "chief-housekeeper"),
        entry("upgradedSeverity", "major"),
        entry("informAtOnceGroups", "chief-housekeeper"));
  }

  @Test
  @DisplayName("C5 C6 general: housekeeper handles, nobody is reported to, answer in 1 h, resolve in 2 days, senior housekeeper approves, is told and takes a refused case as important")
  void general() {
    assertThat(row("general")).containsOnly(
        entry("handlerGroup", "housekeeper"),
        entry("reportToGroup", ""),
        entry("answerWithin", "PT1H"),
        entry("resolveWithin", "P2D"),
        entry("extensionApproverGroup", "senior-housekeeper"),
        entry("answerEscalationGroup", "senior-housekeeper"),
        entry("upgradeGroup", "senior-housekeeper"),
        entry("upgradedSeverity", "important"),
        entry("informAtOnceGroups", ""));
  }

  @Test
  @DisplayName("C5 an unknown or missing severity yields no result: the table has no catch-all row")
  void unknownSeverity() {
    assertThat(evaluate("urgent")).isEmpty();
    assertThat(evaluate("Major")).isEmpty();
    assertThat(evaluate(null)).isEmpty();
    assertThat(engine.evaluateDecision(decision, Variables.createVariables())).isEmpty();
  }

  @Test
  @DisplayName("C5 the table is a named decision with a history time to live, for Cockpit")
  void namedWithHistoryTimeToLive() throws IOException {
    try (InputStream in = new FileInputStream(FILE)) {
      Decision model = Dmn.readModelFromStream(in).getModelElementById("complaint-service-level");
      assertThat(model.getName()).isEqualTo("投诉服务时限");
      assertThat(model.getCamundaHistoryTimeToLiveString()).isEqualTo("1095");
    }
  }
}
