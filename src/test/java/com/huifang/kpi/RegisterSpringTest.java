package com.huifang.kpi;

import static com.huifang.complaint.Complaint.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.revisit.OwnerRevisit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The registers (C10 客户投诉登记表, R7 回访记录表) downloaded over HTTP and opened with POI. */
class RegisterSpringTest extends HistoryFixture {

  /**
   * C10 C18: the paper 客户投诉登记表 (序号 … 结案时间, with the 原因分析, 纠正措施 and 措施结果 the customer-service center
   * writes) and what the complaint's forms collect besides: handler, departments, answer time, loss, non-conformity
   * record, who wrote the entry, the revisit and the owner's satisfaction.
   */
  private static final List<String> COMPLAINT_HEADERS = List.of("序号", "投诉编号", "受理时间", "投诉渠道", "类别",
      "业主姓名", "房号", "联系电话", "投诉内容", "上级的处理意见或建议", "投诉等级", "首问责任人", "处理人", "责任部门",
      "答复时间", "处理结果", "业户经济损失(元)", "不合格品/服务记录处理单", "原因分析", "纠正措施", "措施结果", "登记人",
      "回访结果", "业主满意程度", "结案时间");
  /** R7: the paper 回访记录表's columns, and what the revisit form records of each round, in this order. */
  private static final List<String> REVISIT_HEADERS = List.of("序号", "案件编号", "回访时间", "业主姓名", "房号",
      "联系电话", "回访事项", "回访类别", "第几次回访", "回访方式", "业主签名", "业主拒签时的态度", "业主满意程度", "处理效果",
      "业主对预防的建议", "业主对服务的意见建议", "公开信编号", "新提出的问题", "回访人");

  @Test
  @DisplayName("C10 C18 R7 the complaint log (every column of the paper form and the forms' fields, people by name) and the revisit record of a week list its complaints and revisit rounds")
  void registersOfTheFixture() throws IOException {
    LocalDate monday = ownWeek();
    String period = "from=" + monday + "&to=" + monday.plusWeeks(1);

    // a: received Monday 10:00, closed after two rounds: on site signed (不满意), rectified, phone (满意)
    clockAt(monday, Duration.ZERO);
    String handler = newUser("housekeeper");
    String logger = newUser("customer-service");
    ProcessInstance a = receive(false);
    classify(a, "general");
    clockAt(monday, Duration.ofMinutes(20));
    answer(a);
    complete(a, DISPATCH, Map.of());
    engine.getTaskService().claim(task(a, RESOLVE).getId(), handler);
    complete(a, RESOLVE, resolution());
    engine.getTaskService().claim(task(a, REPORT_RESULT).getId(), logger);
    complete(a, REPORT_RESULT, Map.of("logCauseAnalysis", "电梯门机老化", "logCorrectiveAction", "更换门机",
        "logActionResult", "已修复"));
    complete(a, RECEIVE_RESULT, Map.of());
    clockAt(monday, Duration.ofHours(1));
    revisitComplaint(a, "onSite", true, "dissatisfied");
    complete(a, RECTIFY, Map.of("rectification", "重新调试电梯门机"));
    clockAt(monday, Duration.ofHours(2));
    revisitComplaint(a, "phone", false, "satisfied");
    complete(a, INFORM_FIRST_CONTACT, Map.of());

    // c: anonymous, received Tuesday 10:00, classified 重要 by override, still open
    clockAt(monday.plusDays(1), Duration.ZERO);
    ProcessInstance c = receive(true);
    classify(c, "important");

    // a revisit of its own on Thursday 10:00, by letter (很满意)
    clockAt(monday.plusDays(3), Duration.ZERO);
    ProcessInstance own = startOwnRevisit();
    conductRevisit(own, "letter", false, "verySatisfied");

    // outside the period (to is exclusive): a complaint and a revisit at 00:00 of the next Monday
    clockAt(monday.plusWeeks(1), Duration.ofHours(-10));
    receive(false);
    conductRevisit(startOwnRevisit(), "questionnaire", false, "satisfied");

    String reader = newUser("customer-service");

    ResponseEntity<byte[]> complaints = as(reader).getForEntity("/api/registers/complaints.xlsx?" + period, byte[].class);
    assertXlsx(complaints, "客户投诉登记表", "complaints", monday);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(complaints.getBody()))) {
      Sheet sheet = book.getSheetAt(0);
      assertLayout(book, sheet, "客户投诉登记表", monday, COMPLAINT_HEADERS);
      assertThat(sheet.getLastRowNum()).as("title, header, two complaints, a blank row and the sign-off line")
          .isEqualTo(5);
      // people by name (测试 + the user's last name), not login ids; kefu is no user here, so its id stays
      assertThat(values(sheet.getRow(2))).containsExactly("1", business(a), monday.atTime(10, 0), "电话", "投诉",
          "王建国", "3栋1101", "13800138000", "电梯异响", "", "一般", "kefu", "测试" + handler, "",
          monday.atTime(10, 20), "已修复", "0", "", "电梯门机老化", "更换门机", "已修复", "测试" + logger, "已回访2次",
          "满意", monday.atTime(12, 0));
      assertThat(values(sheet.getRow(3))).containsExactly("2", business(c), monday.plusDays(1).atTime(10, 0), "电话",
          "投诉", "匿名", "", "", "电梯异响", "", "重要", "kefu", "", "", "", "", "", "", "", "", "", "", "", "", "");
      // C18: no month of this week has been signed by the chief housekeeper
      assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo(RegisterService.NOT_SIGNED_OFF);
      assertDateStyle(book, sheet.getRow(2).getCell(2));
    }

    ResponseEntity<byte[]> revisits = as(reader).getForEntity("/api/registers/revisits.xlsx?" + period, byte[].class);
    assertXlsx(revisits, "回访记录表", "revisits", monday);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(revisits.getBody()))) {
      Sheet sheet = book.getSheetAt(0);
      assertLayout(book, sheet, "回访记录表", monday, REVISIT_HEADERS);
      assertThat(sheet.getLastRowNum()).as("title, header and three rounds").isEqualTo(4);
      // each round with its own record: the complaint's first round on site (signed, 不满意), its second by phone;
      // the revisit started on its own names no category
      assertThat(values(sheet.getRow(2))).containsExactly("1", business(a), monday.atTime(11, 0), "王建国", "3栋1101",
          "13800138000", subject(a), "投诉回访", "1", "上门回访", "已签名", "", "不满意", "已处理", "", "", "", "", "kefu");
      assertThat(values(sheet.getRow(3))).containsExactly("2", business(a), monday.atTime(12, 0), "王建国", "3栋1101",
          "13800138000", subject(a), "投诉回访", "2", "电话回访", "", "", "满意", "已处理", "", "", "", "", "kefu");
      assertThat(values(sheet.getRow(4))).containsExactly("3", business(own), monday.plusDays(3).atTime(10, 0), "李华",
          "5栋201", "", "日常品质回访", "", "1", "信函回访", "", "", "很满意", "已处理", "", "", "", "", "kefu");
      assertDateStyle(book, sheet.getRow(4).getCell(2));
    }
  }

  @Test
  @DisplayName("C10 C18 R7 the registers are readable by customer service, the managers, the senior and the chief housekeeper")
  void readers() throws IOException {
    LocalDate monday = ownWeek();
    for (String group : List.of("customer-service", "office-manager", "general-manager", "senior-housekeeper",
        "chief-housekeeper")) {
      for (String register : List.of("complaints", "revisits", "repairs")) {
        ResponseEntity<byte[]> response = as(newUser(group))
            .getForEntity("/api/registers/" + register + ".xlsx?from=" + monday + "&to=" + monday.plusDays(1), byte[].class);
        assertThat(response.getStatusCode()).as(group + " " + register).isEqualTo(HttpStatus.OK);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
          // the complaint log ends with its sign-off line (C18), after an empty row
          assertThat(book.getSheetAt(0).getLastRowNum()).as("title and header only")
              .isEqualTo("complaints".equals(register) ? 3 : 1);
        }
      }
    }
  }

  @Test
  @DisplayName("C10 R7 a housekeeper gets 403, a caller without credentials 401")
  void othersAreRefused() {
    for (String register : List.of("complaints", "revisits", "repairs")) {
      String url = "/api/registers/" + register + ".xlsx?from=2026-11-01&to=2026-12-01";
      var forbidden = as(newUser("housekeeper")).getForEntity(url, Map.class);
      assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) forbidden.getBody().get("message")).isEqualTo(RegisterController.FORBIDDEN);
      assertThat(rest.getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  @DisplayName("C10 R7 bad, missing or reversed dates and a period over 366 days give 400 naming the field")
  void badPeriods() {
    String reader = newUser("customer-service");
    for (String register : List.of("complaints", "revisits", "repairs")) {
      String url = "/api/registers/" + register + ".xlsx?";
      assertBadRequest(reader, url + "from=2026-13-01&to=2026-12-01", "from");
      assertBadRequest(reader, url + "to=2026-12-01", "from");
      assertBadRequest(reader, url + "from=2026-12-01&to=2026-11-01", "to");
      assertBadRequest(reader, url + "from=2026-12-01&to=2026-12-01", "to");
      assertBadRequest(reader, url + "from=2026-01-01&to=2027-01-03", "to");
      assertThat(as(reader).getForEntity(url + "from=2300-01-01&to=2301-01-02", byte[].class).getStatusCode())
          .as("366 days").isEqualTo(HttpStatus.OK);
    }
  }

  private void assertBadRequest(String user, String url, String field) {
    var response = as(user).getForEntity(url, Map.class);
    assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).as(url).startsWith("查询期间有");
    assertThat(new ArrayList<Object>(((Map<?, ?>) response.getBody().get("errors")).keySet())).as(url)
        .containsExactly(field);
  }

  private static void assertXlsx(ResponseEntity<byte[]> response, String title, String ascii, LocalDate monday) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).hasToString(RegisterController.XLSX);
    String suffix = "_" + monday + "_" + monday.plusWeeks(1) + ".xlsx";
    String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition).startsWith("attachment;").contains("filename=\"" + ascii + suffix + "\"");
    assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(title + suffix);
  }

  private static void assertLayout(Workbook book, Sheet sheet, String title, LocalDate monday, List<String> headers) {
    assertThat(sheet.getSheetName()).isEqualTo(title);
    assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
        .isEqualTo(title + "(" + monday + " 至 " + monday.plusDays(6) + ")");
    assertThat(values(sheet.getRow(1))).containsExactlyElementsOf(headers);
    Cell header = sheet.getRow(1).getCell(0);
    assertThat(book.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
    assertThat(sheet.getColumnWidth(8)).isGreaterThan(sheet.getColumnWidth(0));
  }

  private static void assertDateStyle(Workbook book, Cell cell) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
  }

  /** The row's cells: text, a whole number as text, a date-formatted number as LocalDateTime, "" for none. */
  private static List<Object> values(Row row) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      Cell cell = row.getCell(i);
      if (cell == null) {
        values.add("");
      } else if (cell.getCellType() == CellType.NUMERIC && cell.getCellStyle().getDataFormatString().contains("yy")) {
        LocalDateTime time = cell.getLocalDateTimeCellValue();
        values.add(time);
      } else if (cell.getCellType() == CellType.NUMERIC) {
        values.add(Long.toString((long) cell.getNumericCellValue()));
      } else {
        values.add(cell.getStringCellValue());
      }
    }
    while (values.size() < row.getSheet().getRow(1).getLastCellNum()) {
      values.add("");
    }
    return values;
  }

  private String business(ProcessInstance pi) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey();
  }

  private String subject(ProcessInstance complaint) {
    String revisit = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(complaint.getId()).processDefinitionKey(OwnerRevisit.KEY).list().get(0).getId();
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(revisit)
        .variableName(OwnerRevisit.Vars.SUBJECT.name()).list().stream()
        .filter(v -> v.getActivityInstanceId() == null || v.getActivityInstanceId().equals(revisit))
        .findFirst().orElseThrow().getValue();
  }
}
