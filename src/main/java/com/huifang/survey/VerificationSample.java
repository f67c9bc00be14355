package com.huifang.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * S2, pure: which returns are verified by an owner revisit before the results count: every return with a 不满意
 * answer, and of the other returns {@value #SHARE_PERCENT} % rounded up, at least one when there is any, drawn with
 * the seed from the units in sorted order (the same seed and returns give the same sample; the seed is kept in the
 * survey's history).
 */
final class VerificationSample {

  static final int SHARE_PERCENT = 10;

  private VerificationSample() {}

  /** A return drawn for a verification revisit and why. */
  record Drawn(Questionnaire questionnaire, String reason) {}

  /** How many of {@code others} returns without 不满意 are drawn: 10 % rounded up (0 of 0, 1 of 1–10, 2 of 11–20…). */
  static int size(int others) {
    return (others * SHARE_PERCENT + 99) / 100;
  }

  static List<Drawn> draw(List<Questionnaire> questionnaires, long seed) {
    List<Questionnaire> returned = questionnaires.stream().filter(Questionnaire::returned)
        .sorted(Comparator.comparing(Questionnaire::unit)).toList();
    List<Drawn> drawn = new ArrayList<>();
    returned.stream().filter(Questionnaire::anyDissatisfied)
        .forEach(q -> drawn.add(new Drawn(q, Questionnaire.DISSATISFIED)));
    List<Questionnaire> others = new ArrayList<>(returned.stream().filter(q -> !q.anyDissatisfied()).toList());
    Random random = new Random(seed);
    int size = size(others.size());
    for (int i = 0; i < size; i++) { // a partial Fisher-Yates shuffle: the first 'size' are the sample
      int j = i + random.nextInt(others.size() - i);
      Questionnaire swap = others.get(i);
      others.set(i, others.get(j));
      others.set(j, swap);
      drawn.add(new Drawn(others.get(i), Questionnaire.SAMPLE));
    }
    return drawn;
  }
}
