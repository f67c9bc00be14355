package com.huifang.warranty;

import java.util.Arrays;
import java.util.Optional;

/** W1: the kinds of renovation work done, as ticked at completion acceptance. */
public enum WorkKind {
  TILE("tile", "墙地砖"),
  WOOD("wood", "木作"),
  STONE("stone", "石材"),
  GLASS("glass", "玻璃"),
  ELECTRICAL("electrical", "水电"),
  PAINT("paint", "油漆涂料");

  private final String code;
  private final String label;

  WorkKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<WorkKind> byCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
