package com.huifang.survey;

import java.util.ArrayList;
import java.util.List;

/** S1: one rated item of the questionnaire (a service area: 客户服务, 安全秩序, …), as the return form names it. */
record SurveyItem(String id, String label) {

  /** One "id=label" a line, as the survey register keeps the items a survey was issued with. */
  static String lines(List<SurveyItem> items) {
    StringBuilder text = new StringBuilder();
    for (SurveyItem item : items) {
      text.append(item.id()).append('=').append(item.label()).append('\n');
    }
    return text.toString();
  }

  static List<SurveyItem> parse(String lines) {
    List<SurveyItem> items = new ArrayList<>();
    for (String line : lines.split("\n")) {
      int at = line.indexOf('=');
      if (at > 0) {
        items.add(new SurveyItem(line.substring(0, at), line.substring(at + 1)));
      }
    }
    return items;
  }
}
