package com.huifang.errand;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The flower-basket card table (processes/errand-card-text.dmn, rule E10) on the standalone DMN engine, row by row. */
class ErrandCardTextDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("processes/errand-card-text.dmn")) {
      decision = engine.parseDecision(Errand.CARD_TEXT_DECISION, in);
    }
  }

  static DmnDecisionResult evaluate(String occasion) {
    return engine.evaluateDecision(decision, Variables.createVariables().putValue("occasion", occasion));
  }

  @Test
  @DisplayName("E10 illness: 管理处全体员工祝您早日康复!, and the seed's call phrase")
  void illness() {
    assertThat(evaluate("illness").getSingleResult().getEntryMap())
        .containsEntry("cardText", "管理处全体员工祝您早日康复!")
        .containsEntry("callPhrase", "得知您身体欠佳,我们十分关心,想给您送个花篮过来,祝您早日康复。");
  }

  @Test
  @DisplayName("E10 birthday: 祝您生日快乐!")
  void birthday() {
    assertThat(evaluate("birthday").getSingleResult().getEntryMap()).containsEntry("cardText", "祝您生日快乐!");
  }

  @Test
  @DisplayName("E10 festival: 祝您节日快乐!")
  void festival() {
    Map<String, Object> row = evaluate("festival").getSingleResult().getEntryMap();
    assertThat(row).containsEntry("cardText", "祝您节日快乐!");
    assertThat((String) row.get("callPhrase")).contains("节日快乐");
  }

  @Test
  @DisplayName("E10 an unknown occasion matches no row")
  void unknown() {
    assertThat(evaluate("wedding")).isEmpty();
  }
}
