package com.huifang.survey;

import static com.huifang.survey.SurveyFiguresTest.outstanding;
import static com.huifang.survey.SurveyFiguresTest.returned;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** S2: which returns are verified by a revisit. */
class VerificationSampleTest {

  @Test
  @DisplayName("S2 every return with a 不满意 answer is verified, and 10 % of the others rounded up, at least one")
  void dissatisfiedAndSample() {
    assertThat(VerificationSample.size(0)).isZero();
    assertThat(VerificationSample.size(1)).isEqualTo(1);
    assertThat(VerificationSample.size(10)).isEqualTo(1);
    assertThat(VerificationSample.size(11)).isEqualTo(2);
    assertThat(VerificationSample.size(25)).isEqualTo(3);

    List<Questionnaire> all = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      all.add(returned("1栋" + (100 + i), Map.of("security", i == 3 || i == 7 ? "dissatisfied" : "satisfied")));
    }
    all.add(outstanding("1栋200"));
    List<VerificationSample.Drawn> drawn = VerificationSample.draw(all, 42L);
    // both 不满意 returns, then 10 % of the 10 others: 1; never an outstanding questionnaire
    assertThat(drawn).hasSize(3);
    assertThat(drawn.subList(0, 2)).extracting(d -> d.questionnaire().unit()).containsExactly("1栋103", "1栋107");
    assertThat(drawn.subList(0, 2)).extracting(VerificationSample.Drawn::reason).containsOnly(Questionnaire.DISSATISFIED);
    assertThat(drawn.get(2).reason()).isEqualTo(Questionnaire.SAMPLE);
    assertThat(drawn.get(2).questionnaire().unit()).isNotIn("1栋103", "1栋107", "1栋200");
    // the same seed and returns give the same sample, in any order of the input
    List<Questionnaire> reversed = new ArrayList<>(all);
    java.util.Collections.reverse(reversed);
    assertThat(VerificationSample.draw(reversed, 42L)).isEqualTo(drawn);
  }
}
