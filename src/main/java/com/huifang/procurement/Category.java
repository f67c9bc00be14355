package com.huifang.procurement;

import java.util.Arrays;
import java.util.Optional;

/** Q1: the categories of purchases, as the procedure names them (seed 000 篇3 4.1). */
enum Category {
  CLEANING("cleaning", "清洁用品(含消杀药品)"),
  REPAIR("repair", "维修材料"),
  ENGINEERING("engineering", "工程材料"),
  OFFICE("office", "办公用品"),
  ASSET("asset", "资产");

  private final String code;
  private final String label;

  Category(String code, String label) {
    this.code = code;
    this.label = label;
  }

  String code() {
    return code;
  }

  String label() {
    return label;
  }

  static Optional<Category> byCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
