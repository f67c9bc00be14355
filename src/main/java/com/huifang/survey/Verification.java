package com.huifang.survey;

import java.util.LinkedHashMap;
import java.util.Map;

/** S2: one return drawn for a verification revisit: the household, what the revisit is about, and why it was drawn. */
record Verification(String surveyNumber, String unit, String ownerName, String ownerPhone, String subject,
    String reason) {

  /** What the call activity reads ({@code ${surveyVerification.unit}} and so on). */
  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("surveyNumber", surveyNumber);
    map.put("unit", unit);
    map.put("ownerName", ownerName);
    map.put("ownerPhone", ownerPhone);
    map.put("subject", subject);
    map.put("reason", reason);
    return map;
  }
}
