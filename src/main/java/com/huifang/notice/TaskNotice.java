package com.huifang.notice;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * What staff read in the e-mail about a new task: composed inside the engine transaction, from the task and
 * its case variables, and sent after the commit. Absent values are left out.
 */
record TaskNotice(String taskId, String taskName, String caseNumber, String ownerName, String unit,
    String severityLabel, Date due, String tasklistUrl) {

  private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** For example {@code 【汇方】待办:督促答复业主 TS-20261123-0007}. */
  String subject() {
    var subject = new StringBuilder("【汇方】待办:").append(taskNameOrDefault());
    if (present(caseNumber)) {
      subject.append(' ').append(caseNumber);
    }
    return subject.toString();
  }

  String body(ZoneId zone) {
    var body = new StringBuilder();
    body.append("您有一项新的待办任务:").append(taskNameOrDefault()).append("\n\n");
    line(body, "案件编号", caseNumber);
    line(body, "业主", ownerName);
    line(body, "房号", unit);
    line(body, "等级", severityLabel);
    if (due != null) {
      line(body, "截止时间", DUE_FORMAT.format(due.toInstant().atZone(zone)) + "(" + zone.getId() + ")");
    }
    body.append("\n请登录 Tasklist 处理:\n").append(tasklistUrl).append("\n\n");
    body.append("此邮件由汇方系统自动发送,请勿直接回复。\n");
    return body.toString();
  }

  private String taskNameOrDefault() {
    return present(taskName) ? taskName : "待办任务";
  }

  private static void line(StringBuilder body, String label, String value) {
    if (present(value)) {
      body.append(label).append(':').append(value).append('\n');
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
