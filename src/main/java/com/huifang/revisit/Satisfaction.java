package com.huifang.revisit;

import java.util.Arrays;
import java.util.Optional;

/** R3 and K5: the owner's verdict. All but "dissatisfied" count as satisfied. */
public enum Satisfaction {
  VERY_SATISFIED("verySatisfied", "很满意"),
  SATISFIED("satisfied", "满意"),
  FAIRLY_SATISFIED("fairlySatisfied", "较满意"),
  DISSATISFIED("dissatisfied", "不满意");

  private final String id;
  private final String label;

  Satisfaction(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public boolean countsAsSatisfied() {
    return this != DISSATISFIED;
  }

  public static Optional<Satisfaction> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
