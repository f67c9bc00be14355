package com.huifang.mall;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feedback-form score table (processes/mall-feedback-score.dmn, rules M2–M6) on the standalone DMN engine, row by row. */
class MallScoreDecisionTest {

  static final String FILE = "processes/mall-feedback-score.dmn";

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream(FILE)) {
      decision = engine.parseDecision(Mall.SCORE_DECISION, in);
    }
  }

  @DisplayName("M2 M3 M4 M5 M6 each row of the score table; a zero rule wins over a good rating")
  @ParameterizedTest(name = "registered={0} certified={1} returned={2} completed={3} genuine={4} rating={5} → {6}")
  @CsvSource(nullValues = "null", value = {
      // M2: the merchant did not bring the customer to the desk
      "false, true,  true,  true,  true,  verySatisfied,   0, 商户未带顾客",
      // M3: uncertified server; also when the form was never served (server unknown) nothing scores
      "true,  false, true,  true,  true,  verySatisfied,   0, 服务不合格",
      // M5: service completed but no form
      "true,  true,  false, true,  null,  null,            0, 服务完毕后没有服务反馈表",
      "true,  null,  false, true,  null,  null,            0, 服务完毕后没有服务反馈表",
      // M4: not returned in time (and the service not confirmed)
      "true,  true,  false, false, null,  null,            0, 未在期限内交回",
      "true,  null,  false, false, null,  null,            0, 未在期限内交回",
      // M5: forged signature
      "true,  true,  true,  true,  false, verySatisfied,   0, 伪造顾客签字",
      // M6: the customer's rating
      "true,  true,  true,  true,  true,  verySatisfied, 100, 很满意",
      "true,  true,  true,  true,  true,  satisfied,      90, 顾客满意",
      "true,  true,  true,  false, true,  fairlySatisfied, 70, 较满意",
      "true,  true,  true,  true,  true,  dissatisfied,   40, 不满意"})
  void rows(Boolean registered, Boolean certified, Boolean returned, Boolean completed, Boolean genuine, String rating,
      int score, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("registeredAtDesk", registered);
    variables.put("serverCertified", certified);
    variables.put("formReturned", returned);
    variables.put("serviceCompleted", completed);
    variables.put("signatureGenuine", genuine);
    variables.put("customerRating", rating);
    DmnDecisionResult result = engine.evaluateDecision(decision, Variables.fromMap(variables));
    assertThat(result).isNotEmpty();
    Map<String, Object> first = result.getFirstResult().getEntryMap();
    assertThat(first.get("score")).isEqualTo(score);
    assertThat((String) first.get("scoreReason")).contains(reason);
  }
}
