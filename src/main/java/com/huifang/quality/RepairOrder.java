package com.huifang.quality;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * K4, P5: one repair order (维修申请单) of a month that may be drawn for a quality revisit: a property repair request
 * (its property-repair instance). {@code id} is the engine id that makes it unique (the process instance).
 */
public record RepairOrder(String id, String kind, String caseNumber, String ownerName, String unit,
    String ownerPhone, String subject) {

  public static final String PROPERTY_REPAIR = "propertyRepair";

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
