package com.huifang.revisit;

import java.util.Arrays;
import java.util.Optional;

/** R1: how an owner is revisited. The ids are what the revisit form stores. */
public enum RevisitMethod {
  PHONE("phone", "电话回访"),
  ON_SITE("onSite", "上门回访"),
  LETTER("letter", "信函回访"),
  OPEN_LETTER("openLetter", "公开信回访"),
  QUESTIONNAIRE("questionnaire", "短信/邮件问卷回访");

  private final String id;
  private final String label;

  RevisitMethod(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<RevisitMethod> byId(String id) {
    return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
  }
}
