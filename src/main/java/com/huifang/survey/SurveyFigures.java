package com.huifang.survey;

import com.huifang.revisit.Satisfaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * S2 and K7, pure: a survey's return rate (returned / issued questionnaires × 100 %, target
 * {@value CustomerSurvey#RETURN_TARGET_PERCENT} %) and per item the count of each rating and its satisfaction by K5's
 * formula, (很满意 + 满意 + 较满意) / (those + 不满意) × 100 %; the project's line pools every item's answers. Percentages
 * are rounded half up to one decimal; no answer gives none.
 */
record SurveyFigures(int households, int returned, Double returnRatePercent, boolean returnTargetMet,
    List<ItemFigures> items, ItemFigures project) {

  /** One item's answers (or the project's, {@code id} null) and its satisfaction (K5). */
  record ItemFigures(String id, String label, int verySatisfied, int satisfied, int fairlySatisfied, int dissatisfied,
      Double satisfactionPercent) {

    int answered() {
      return verySatisfied + satisfied + fairlySatisfied + dissatisfied;
    }
  }

  static SurveyFigures of(List<SurveyItem> items, List<Questionnaire> questionnaires) {
    int returned = (int) questionnaires.stream().filter(Questionnaire::returned).count();
    List<ItemFigures> perItem = new ArrayList<>();
    int[] all = new int[4];
    for (SurveyItem item : items) {
      int[] counts = new int[4];
      for (Questionnaire q : questionnaires) {
        String rating = q.answers().get(item.id());
        Satisfaction.byId(rating == null ? "" : rating).ifPresent(s -> counts[s.ordinal()]++);
      }
      for (int i = 0; i < 4; i++) {
        all[i] += counts[i];
      }
      perItem.add(figures(item.id(), item.label(), counts));
    }
    Double rate = percent(returned, questionnaires.size());
    return new SurveyFigures(questionnaires.size(), returned, rate,
        rate != null && rate >= CustomerSurvey.RETURN_TARGET_PERCENT, perItem, figures(null, "全部项目", all));
  }

  private static ItemFigures figures(String id, String label, int[] counts) {
    int satisfied = counts[0] + counts[1] + counts[2];
    return new ItemFigures(id, label, counts[0], counts[1], counts[2], counts[3],
        percent(satisfied, satisfied + counts[3]));
  }

  /** numerator / denominator × 100, half up to one decimal; null for no denominator. */
  static Double percent(int numerator, int denominator) {
    if (denominator == 0) {
      return null;
    }
    return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP).doubleValue();
  }
}
