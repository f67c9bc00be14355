package com.huifang.mall;

import java.util.Arrays;
import java.util.Optional;

/** The customer's rating on the feedback form (M4), an input of the score table (M6). */
enum CustomerRating {
  VERY_SATISFIED("verySatisfied", "很满意"),
  SATISFIED("satisfied", "满意"),
  FAIRLY_SATISFIED("fairlySatisfied", "较满意"),
  DISSATISFIED("dissatisfied", "不满意");

  final String code;
  final String label;

  CustomerRating(String code, String label) {
    this.code = code;
    this.label = label;
  }

  static Optional<CustomerRating> byCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
