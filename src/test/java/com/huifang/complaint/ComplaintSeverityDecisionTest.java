package com.huifang.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
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

/** The complaint severity table (processes/complaint-severity.dmn) on the standalone DMN engine. */
class ComplaintSeverityDecisionTest {

  static final String FILE = "processes/complaint-severity.dmn";
  static final String[] MAJOR_CRITERIA = {
      "promisedServiceFailedRepeatedly", "majorLossOrInjury", "reputationHarm", "unresolvedWithinMonth"};

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream(FILE)) {
      decision = engine.parseDecision("complaint-severity", in);
    }
  }

  static Map<String, Object> evaluate(Map<String, Object> variables) {
    DmnDecisionResult result = engine.evaluateDecision(decision, Variables.fromMap(variables));
    assertThat(result).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }

  static void assertMajor(String criterion, String reason) {
    var result = evaluate(Map.of(criterion, true));
    assertThat(result).containsEntry("severity", "major").containsEntry("severityLabel", "重大");
    assertThat((String) result.get("severityReason")).contains(reason);
  }

  @Test
  @DisplayName("C4 major: promised or contracted service not delivered or clearly wrong, reported repeatedly without a fix")
  void promisedServiceFailedRepeatedly() {
    assertMajor("promisedServiceFailedRepeatedly", "经业户多次提出而得不到解决");
  }

  @Test
  @DisplayName("C4 major: company fault causing major economic loss or personal injury")
  void majorLossOrInjury() {
    assertMajor("majorLossOrInjury", "重大经济损失或人身伤害");
  }

  @Test
  @DisplayName("C4 major: company fault causing bad social influence or harm to reputation")
  void reputationHarm() {
    assertMajor("reputationHarm", "不良的社会影响");
  }

  @Test
  @DisplayName("C4 major: a valid complaint not reasonably resolved within one month")
  void unresolvedWithinMonth() {
    assertMajor("unresolvedWithinMonth", "一个月内得不到合理解决");
  }

  @Test
  @DisplayName("C4 important: caused by the company's management or service not being in place, or by its fault")
  void companyFault() {
    var result = evaluate(Map.of("companyFault", true));
    assertThat(result).containsEntry("severity", "important").containsEntry("severityLabel", "重要")
        .containsEntry("severityReason", "因公司的管理服务工作不到位、有过失而引起");
  }

  @Test
  @DisplayName("C4 general: no major criterion and no company fault (facilities, equipment, limited capacity)")
  void nothingApplies() {
    var allFalse = Map.<String, Object>of("promisedServiceFailedRepeatedly", false, "majorLossOrInjury", false,
        "reputationHarm", false, "unresolvedWithinMonth", false, "companyFault", false);
    var result = evaluate(allFalse);
    assertThat(result).containsEntry("severity", "general").containsEntry("severityLabel", "一般");
    assertThat((String) result.get("severityReason")).contains("非人为因素");
  }

  @Test
  @DisplayName("C4 general: all inputs missing count as false and do not throw")
  void allInputsMissing() {
    assertThat(evaluate(Map.of())).containsEntry("severity", "general");
    var nulls = new java.util.HashMap<String, Object>();
    for (String criterion : MAJOR_CRITERIA) {
      nulls.put(criterion, null);
    }
    nulls.put("companyFault", null);
    assertThat(evaluate(nulls)).containsEntry("severity", "general");
  }

  @Test
  @DisplayName("C4 major wins over important: a major criterion with company fault is major")
  void majorWinsOverImportant() {
    for (String criterion : MAJOR_CRITERIA) {
      assertThat(evaluate(Map.of(criterion, true, "companyFault", true)))
          .as(criterion).containsEntry("severity", "major");
    }
  }

  @Test
  @DisplayName("C4 the table is a named decision with a history time to live, for Cockpit")
  void namedWithHistoryTimeToLive() throws IOException {
    try (InputStream in = new FileInputStream(FILE)) {
      Decision model = Dmn.readModelFromStream(in).getModelElementById("complaint-severity");
      assertThat(model.getName()).isEqualTo("投诉等级判定");
      assertThat(model.getCamundaHistoryTimeToLiveString()).isEqualTo("1095");
    }
  }
}
