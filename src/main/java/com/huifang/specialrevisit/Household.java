package com.huifang.specialrevisit;

import java.util.LinkedHashMap;
import java.util.Map;

/** One household of a campaign, with the case number its owner revisit runs under. */
record Household(String caseNumber, String unit, String ownerName, String ownerPhone, String subject) {

  /** What the call activity reads ({@code ${specialHousehold.caseNumber}} and so on). */
  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("caseNumber", caseNumber);
    map.put("unit", unit);
    map.put("ownerName", ownerName);
    map.put("ownerPhone", ownerPhone);
    map.put("subject", subject);
    return map;
  }
}
