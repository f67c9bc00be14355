package com.huifang.kpi;

import java.util.Arrays;

/**
 * Whose owner revisits K2 and K3 count (issue 19): the property office's own (customer service, housekeepers, the
 * office manager), the mall service desk's (建材城) and the renovation company's (装饰公司维修服务部), each with figures of
 * its own (SPEC K2). A revisit's line is its revisiting group's.
 */
public enum RevisitLine {
  PROPERTY("property", "物业管理处回访"),
  MALL("mall", "建材城客服中心回访"),
  RENOVATION("renovation", "装饰公司回访");

  private final String id;
  private final String label;

  RevisitLine(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** The line of a revisit offered to this group: the mall desk's, the renovation company's, else the office's. */
  static RevisitLine ofGroup(String group) {
    if ("mall-service-desk".equals(group)) {
      return MALL;
    }
    return "warranty-service".equals(group) ? RENOVATION : PROPERTY;
  }

  static RevisitLine byId(String id) {
    return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst().orElse(PROPERTY);
  }
}
