package com.huifang.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One project's survey of one year as the register keeps it (hf_survey). */
record SurveyRecord(String number, String officeId, String project, int year, LocalDate deadline,
    List<SurveyItem> items, String status, String startedBy, Instant startedAt, Instant closedAt, Instant finalAt,
    String causes, String correctiveAction, String preventiveAction, String responsible, LocalDate actionDeadline,
    Instant closedOutAt, String closedOutNote) {

  static final String COLLECTING = "collecting";
  static final String VERIFYING = "verifying";
  static final String FINAL = "final";
  static final String CLOSED_OUT = "closedOut";

  static String statusLabel(String status) {
    return switch (status) {
      case COLLECTING -> "回收中";
      case VERIFYING -> "回访核实中";
      case FINAL -> "结果已确定";
      case CLOSED_OUT -> "纠正措施已关闭";
      default -> status;
    };
  }
}
