package com.huifang.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** S2 and K7 on a hand-computed fixture. */
class SurveyFiguresTest {

  static final List<SurveyItem> ITEMS = List.of(new SurveyItem("security", "安全秩序"), new SurveyItem("charges", "收费"));

  static Questionnaire returned(String unit, Map<String, String> answers) {
    return new Questionnaire(unit, "业主", null, Instant.EPOCH, "kefu", Questionnaire.FROM_TASKLIST, null, null, null,
        null, null, answers);
  }

  static Questionnaire outstanding(String unit) {
    return new Questionnaire(unit, "业主", null, null, null, null, null, null, null, null, null, Map.of());
  }

  @Test
  @DisplayName("K7 return rate = returned / issued questionnaires; S2 satisfaction per item and per project by K5's formula")
  void handComputed() {
    // 7 households, 5 returned: 5/7 = 71.428… → 71.4 %, at least 60 %
    // 安全秩序: 很满意 2, 满意 1, 较满意 0, 不满意 1 (one left it blank) → 3/4 = 75.0 %
    // 收费:     很满意 0, 满意 1, 较满意 1, 不满意 3                       → 2/5 = 40.0 %
    // project: 5 satisfied of 9 answers → 55.6 %
    List<Questionnaire> all = List.of(
        returned("101", Map.of("security", "verySatisfied", "charges", "dissatisfied")),
        returned("102", Map.of("security", "verySatisfied", "charges", "satisfied")),
        returned("103", Map.of("security", "satisfied", "charges", "fairlySatisfied")),
        returned("104", Map.of("security", "dissatisfied", "charges", "dissatisfied")),
        returned("105", Map.of("charges", "dissatisfied")),
        outstanding("106"), outstanding("107"));
    SurveyFigures figures = SurveyFigures.of(ITEMS, all);
    assertThat(figures.households()).isEqualTo(7);
    assertThat(figures.returned()).isEqualTo(5);
    assertThat(figures.returnRatePercent()).isEqualTo(71.4);
    assertThat(figures.returnTargetMet()).isTrue();
    assertThat(figures.items().get(0)).isEqualTo(new SurveyFigures.ItemFigures("security", "安全秩序", 2, 1, 0, 1, 75.0));
    assertThat(figures.items().get(1)).isEqualTo(new SurveyFigures.ItemFigures("charges", "收费", 0, 1, 1, 3, 40.0));
    assertThat(figures.project().answered()).isEqualTo(9);
    assertThat(figures.project().satisfactionPercent()).isEqualTo(55.6);
  }

  @Test
  @DisplayName("K7 a return rate under 60 % misses the target; with no answer there is no satisfaction figure")
  void shortAndEmpty() {
    // 3 of 6 = 50.0 %, below 60 %
    List<Questionnaire> all = List.of(returned("101", Map.of()), returned("102", Map.of()), returned("103", Map.of()),
        outstanding("104"), outstanding("105"), outstanding("106"));
    SurveyFigures figures = SurveyFigures.of(ITEMS, all);
    assertThat(figures.returnRatePercent()).isEqualTo(50.0);
    assertThat(figures.returnTargetMet()).isFalse();
    assertThat(figures.items()).allSatisfy(i -> assertThat(i.satisfactionPercent()).isNull());
    assertThat(SurveyFigures.of(ITEMS, List.of()).returnRatePercent()).isNull();
    // exactly 60 % meets it: 3 of 5
    assertThat(SurveyFigures.of(ITEMS, List.of(returned("1", Map.of()), returned("2", Map.of()),
        returned("3", Map.of()), outstanding("4"), outstanding("5"))).returnTargetMet()).isTrue();
  }
}
