package com.huifang.mall;

import java.util.Arrays;
import java.util.Optional;

/** M1: the follow-up services of a purchase line; each one gets its own feedback form. */
enum ServiceKind {
  MEASURE("measure", "测量"),
  DELIVER("deliver", "送货"),
  INSTALL("install", "安装"),
  REPAIR("repair", "维修");

  final String code;
  final String label;

  ServiceKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  static Optional<ServiceKind> byCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
