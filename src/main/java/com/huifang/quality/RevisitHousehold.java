package com.huifang.quality;

import java.util.LinkedHashMap;
import java.util.Map;

/** One household drawn for a routine quality revisit, with the case number its revisit runs under. */
public record RevisitHousehold(String caseNumber, String project, String unit, String ownerName, String ownerPhone) {

  /** What the call activity reads ({@code ${routineRevisitHousehold.caseNumber}} and so on). */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("caseNumber", caseNumber);
    map.put("project", project);
    map.put("unit", unit);
    map.put("ownerName", ownerName);
    map.put("ownerPhone", ownerPhone);
    map.put("subject", RoutineQualityRevisit.SUBJECT_PREFIX + project + " " + unit);
    return map;
  }
}
