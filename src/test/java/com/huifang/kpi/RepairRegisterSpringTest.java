package com.huifang.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.repair.Repair;
import com.huifang.revisit.OwnerRevisit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** P6 the 报修受理记录 as .xlsx, and K6/K7 of repair requests in /api/kpis, from real property repairs of a week of its own. */
class RepairRegisterSpringTest extends HistoryFixture {

  /** The columns of the paper 报修受理记录, in its order (issue 17): names of people, not login ids. */
  static final List<String> PAPER_RECORD = List.of("序号", "报修编号", "受理时间", "报修人", "房号", "联系电话", "报修部位",
      "报修内容", "维修部门", "维修人员", "到场时间", "完工时间", "所用材料", "收费(元)", "业主签字", "回访结果", "回访人");

  private ProcessInstance receiveRepair(String kind, String urgency, String description) {
    return engine.getRuntimeService().startProcessInstanceByKey(Repair.KEY, Variables.createVariables()
        .putValue("channel", "hotline").putValue("ownerName", "王建国").putValue("unit", "3栋1101")
        .putValue("ownerPhone", "13800138000").putValue("place", "indoor").putValue("faultKind", kind)
        .putValue("description", description).putValue("urgency", urgency).putValue("initiator", "kefu"));
  }

  private void revisit(ProcessInstance repair, String revisitor, String satisfaction) {
    ProcessInstance revisit = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(repair.getId()).singleResult();
    Task task = task(revisit, OwnerRevisit.Elements.CONDUCT_REVISIT);
    engine.getTaskService().claim(task.getId(), revisitor);
    engine.getTaskService().complete(task.getId(), Map.of("revisitMethod", "phone", "satisfaction", satisfaction,
        "fixEffect", "不再漏水"));
  }

  private void workOrder(ProcessInstance pi) {
    complete(pi, Repair.Elements.WORK_ORDER, Map.of("workDone", "更换阀芯", "materials", "阀芯 1 个", "labour", "1人1小时",
        "fixed", true, "ownerSignedWorkOrder", true));
    complete(pi, Repair.Elements.CHECK_RECORD, Map.of("recordSolved", true));
  }

  @Test
  @DisplayName("P6 K6 K7 the week's 报修受理记录 has the paper record's columns and rows; the KPIs count the repairs' revisits and responses per urgency")
  void registerAndKpis() throws IOException {
    LocalDate monday = ownWeek();
    String revisitor = newUser("customer-service");

    // a: urgent, on site in 20 minutes, chargeable 80 yuan, fixed and signed; dissatisfied once, then satisfied
    clockAt(monday, Duration.ZERO);
    ProcessInstance a = receiveRepair("water", "urgent", "厨房水龙头漏水");
    clockAt(monday, Duration.ofMinutes(20));
    complete(a, Repair.Elements.ARRIVE, Map.of("technician", "郭亮", "findings", "阀芯损坏", "chargeable", true,
        "agreedPrice", "80", "priceAgreedWithOwner", true));
    clockAt(monday, Duration.ofHours(1));
    workOrder(a);
    revisit(a, revisitor, "dissatisfied");
    complete(a, Repair.Elements.WORK_ORDER, Map.of("workDone", "重新安装阀芯", "materials", "生料带", "labour", "1人0.5小时",
        "fixed", true, "ownerSignedWorkOrder", true));
    complete(a, Repair.Elements.CHECK_RECORD, Map.of("recordSolved", true));
    revisit(a, revisitor, "satisfied");
    // b: ordinary, received at 11:00, nobody on site by Wednesday: its 24 hours have passed
    clockAt(monday, Duration.ofHours(1));
    ProcessInstance b = receiveRepair("doorWindow", "ordinary", "入户门闭门器失灵");
    clockAt(monday.plusDays(2), Duration.ZERO);

    String period = "from=" + monday + "&to=" + monday.plusWeeks(1);
    ResponseEntity<byte[]> sheet = as(newUser("customer-service")).getForEntity("/api/registers/repairs.xlsx?" + period,
        byte[].class);
    assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.getBody()))) {
      Sheet record = book.getSheetAt(0);
      assertThat(record.getSheetName()).isEqualTo("报修受理记录");
      assertThat(values(record.getRow(1))).containsExactlyElementsOf(PAPER_RECORD);
      assertThat(record.getLastRowNum()).as("title, header and two repairs").isEqualTo(3);
      List<String> first = values(record.getRow(2));
      assertThat(first.get(1)).isEqualTo(business(a)).startsWith("WX-");
      assertThat(first.subList(3, 10)).containsExactly("王建国", "3栋1101", "13800138000", "户内",
          "给排水(漏水、堵塞):厨房水龙头漏水", "工程部", "郭亮");
      assertThat(first.get(2)).isNotEmpty(); // 受理时间
      assertThat(first.get(10)).isNotEmpty(); // 到场时间
      assertThat(first.get(11)).isNotEmpty(); // 完工时间
      assertThat(first.subList(12, 17)).containsExactly("阀芯 1 个;生料带", "80.00", "已签字", "第2次回访:满意",
          "测试" + revisitor);
      List<String> second = values(record.getRow(3));
      assertThat(second.get(1)).isEqualTo(business(b));
      assertThat(second.subList(9, 17)).containsOnly("");
    }

    ResponseEntity<Map> kpis = as(newUser("office-manager")).getForEntity("/api/kpis?" + period, Map.class);
    assertThat(kpis.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) kpis.getBody().get("repairRevisitRate")).containsEntry("rule", "K7")
        .containsEntry("name", "报修回访率").containsEntry("numerator", 1).containsEntry("denominator", 1)
        .containsEntry("missed", false);
    List<Map<String, Object>> response = (List<Map<String, Object>>) kpis.getBody().get("repairResponse");
    assertThat(response).extracting(r -> r.get("urgency")).containsExactly("urgent", "ordinary");
    assertThat((Map<String, Object>) response.get(0).get("respondedInTime")).containsEntry("rule", "K6")
        .containsEntry("name", "紧急报修按时到场率").containsEntry("numerator", 1).containsEntry("denominator", 1);
    assertThat((Map<String, Object>) response.get(1).get("respondedInTime")).containsEntry("numerator", 0)
        .containsEntry("denominator", 1).containsEntry("missed", true);
  }

  private String business(ProcessInstance pi) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey();
  }

  /** The row's cells as text ("" for none; a date cell as its text, which only needs to be there). */
  private static List<String> values(Row row) {
    List<String> values = new ArrayList<>();
    int width = row.getSheet().getRow(1).getLastCellNum();
    for (int i = 0; i < width; i++) {
      Cell cell = row.getCell(i);
      if (cell == null) {
        values.add("");
      } else if (cell.getCellType() == CellType.NUMERIC) {
        values.add(cell.getCellStyle().getDataFormatString().contains("yy") ? cell.getLocalDateTimeCellValue().toString()
            : Long.toString((long) cell.getNumericCellValue()));
      } else {
        values.add(cell.getStringCellValue());
      }
    }
    return values;
  }
}
