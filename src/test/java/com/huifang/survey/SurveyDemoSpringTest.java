package com.huifang.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.DemoSpringTestBase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Demo mode: last year's survey of 翠湖花园 finished and closed out, this year's collecting, so the dashboard has figures. */
class SurveyDemoSpringTest extends DemoSpringTestBase {

  @Test
  @DisplayName("S2 K7 demo surveys: last year's final (3 of 4 back, the 不满意 verified, actions closed), this year's at 50 %")
  void demoSurveys() {
    String manager = newUser("office-manager");
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    List<Map<String, Object>> surveys = as(manager).getForObject("/api/surveys", List.class);
    assertThat(surveys).filteredOn(s -> "翠湖花园".equals(s.get("project"))).hasSize(2);
    Map<String, Object> last = surveys.stream().filter(s -> s.get("year").equals(year - 1)).findFirst().orElseThrow();
    assertThat(last).containsEntry("status", "closedOut").containsEntry("resultsFinal", true)
        .containsEntry("returned", 3).containsEntry("households", 4).containsEntry("returnRatePercent", 75.0);
    // 18 answers, one 不满意: 17/18 = 94.4 %
    assertThat((Map<String, Object>) last.get("projectSatisfaction")).containsEntry("satisfactionPercent", 94.4);
    Map<String, Object> current = surveys.stream().filter(s -> s.get("year").equals(year)).findFirst().orElseThrow();
    assertThat(current).containsEntry("status", "collecting").containsEntry("resultsFinal", false)
        .containsEntry("returnRatePercent", 50.0).containsEntry("returnTargetMet", false);
    Map<String, Object> lastView = as(manager).getForObject("/api/surveys/" + last.get("surveyNumber"), Map.class);
    assertThat(lastView).containsEntry("toVerify", 2).containsEntry("verified", 2);
    assertThat((String) lastView.get("causes")).contains("收费标准");
  }
}
