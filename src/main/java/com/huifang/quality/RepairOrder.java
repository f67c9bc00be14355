package com.huifang.quality;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * K4: one repair order of a month that may be drawn for a quality revisit: a warranty repair (its
 * warranty-repair instance) or a complaint repair (the engineering department's dispatched work on a
 * complaint). {@code id} is the engine id that makes it unique (process instance or task).
 */
public record RepairOrder(String id, String kind, String caseNumber, String ownerName, String unit,
    String ownerPhone, String subject) {

  public static final String WARRANTY_REPAIR = "warrantyRepair";
  public static final String COMPLAINT_REPAIR = "complaintRepair";

  /** What the call activity reads ({@code ${spotCheckOrder.caseNumber}} and so on). */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", id);
    map.put("kind", kind);
    map.put("caseNumber", caseNumber);
    map.put("ownerName", ownerName);
    map.put("unit", unit);
    map.put("ownerPhone", ownerPhone);
    map.put("subject", subject);
    return map;
  }
}
