package com.huifang.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
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

/** The repair cost table (processes/warranty-repair-cost.dmn, rule W6) on the standalone DMN engine, row by row. */
class WarrantyCostDecisionTest {

  static final String FILE = "processes/warranty-repair-cost.dmn";

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream(FILE)) {
      decision = engine.parseDecision(Warranty.COST_DECISION, in);
    }
  }

  static Map<String, Object> evaluate(Boolean inWarranty, String cause) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("inWarranty", inWarranty);
    variables.put("cause", cause);
    DmnDecisionResult result = engine.evaluateDecision(decision, Variables.fromMap(variables));
    assertThat(result).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }

  @Test
  @DisplayName("W6 in warranty, construction fault (the decoration's own quality): free repair")
  void constructionFaultInWarranty() {
    assertThat(evaluate(true, "constructionFault")).containsEntry("costRule", "free")
        .containsEntry("costRuleLabel", "保修期内施工原因:免费维修");
  }

  @Test
  @DisplayName("W6 in warranty, other cause: explain to the owner and help with the repair")
  void otherCauseInWarranty() {
    assertThat(evaluate(true, "other")).containsEntry("costRule", "explainAndHelp")
        .containsEntry("costRuleLabel", "非施工原因:向业主解释原因,并积极配合修复");
  }

  @Test
  @DisplayName("W6 after the warranty, whatever the cause: still repaired, main materials charged only")
  void afterWarranty() {
    for (String cause : List.of("constructionFault", "other")) {
      assertThat(evaluate(false, cause)).containsEntry("costRule", "mainMaterialsCharged")
          .containsEntry("costRuleLabel", "保修期满:仍保证维修,只收主要材料费");
    }
  }

  @Test
  @DisplayName("W6 the table has exactly these three rows")
  void threeRows() {
    assertThat(Dmn.readModelFromFile(new java.io.File(FILE)).getModelElementsByType(Rule.class)).hasSize(3);
  }
}
