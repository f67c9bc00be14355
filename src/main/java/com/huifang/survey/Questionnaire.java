package com.huifang.survey;

import java.time.Instant;
import java.util.Map;

/**
 * S1: one household's questionnaire (顾客意见调查表) of a survey; {@code answers} item id → rating id, empty until it
 * is returned. S2: why it was drawn for a verification revisit ({@link #DISSATISFIED}, {@link #SAMPLE}) and the
 * revisit's verdict.
 */
record Questionnaire(String unit, String ownerName, String ownerPhone, Instant returnedAt, String recordedBy,
    String source, String opinion, String verifyReason, Instant verifiedAt, String verifiedSatisfaction,
    Integer verifyRounds, Map<String, String> answers) {

  static final String DISSATISFIED = "dissatisfied";
  static final String SAMPLE = "sample";
  static final String FROM_TASKLIST = "tasklist";
  static final String FROM_SPREADSHEET = "import";

  boolean returned() {
    return returnedAt != null;
  }

  boolean anyDissatisfied() {
    return answers.containsValue(com.huifang.revisit.Satisfaction.DISSATISFIED.id());
  }
}
