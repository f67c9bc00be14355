package com.huifang.kpi;

import static com.huifang.complaint.Complaint.Elements.INFORM_FIRST_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.owner.OwnerRegister;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The dashboard's per-project choice (issue 21): {@code GET /api/kpis?project=} counts the cases whose unit the owner
 * register (V5) puts in that project, {@code GET /api/kpis/projects} lists the choices, and the trend sheet
 * {@code /api/registers/kpis.xlsx} holds the same figures month by month. Two projects of this test's own (unique
 * names and units) and a far-future week of its own keep other tests' cases out.
 */
class KpiProjectSpringTest extends HistoryFixture {

  @Autowired OwnerRegister register;

  private String north;
  private String south;
  private String northUnit;
  private String southUnit;

  @BeforeEach
  void twoProjects() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    north = "北区" + run;
    south = "南区" + run;
    northUnit = "N" + run + "-1栋101";
    southUnit = "S" + run + "-2栋202";
    var result = register.importCsv(new StringReader("unit,owner_name,phone,project\n"
        + northUnit + ",王建国,13800138000," + north + "\n" + southUnit + ",李娜,15013572468," + south + "\n"));
    assertThat(result.ok()).as(result.errors().toString()).isTrue();
  }

  /** One closed complaint of each project: north revisited by phone (满意), south on site with signature (不满意). */
  private LocalDate weekWithOneComplaintPerProject() {
    LocalDate monday = ownWeek();
    clockAt(monday, Duration.ZERO);
    closedComplaint(northUnit, "phone", false, "satisfied");
    clockAt(monday, Duration.ofHours(2));
    closedComplaint(southUnit, "onSite", true, "dissatisfied");
    return monday;
  }

  private void closedComplaint(String unit, String method, boolean signed, String satisfaction) {
    ProcessInstance pi = receive(false, unit);
    classify(pi, "general");
    answer(pi);
    resolve(pi);
    report(pi);
    revisitComplaint(pi, method, signed, satisfaction);
    if (satisfaction.equals("dissatisfied")) {
      complete(pi, com.huifang.complaint.Complaint.Elements.RECTIFY, Map.of("rectification", "重新处理"));
      revisitComplaint(pi, "phone", false, "satisfied");
    }
    complete(pi, INFORM_FIRST_CONTACT, Map.of());
  }

  @Test
  @DisplayName("K1 K2 K3 K5 GET /api/kpis?project= counts only the cases of that project's units; without it the company's")
  void figuresPerProject() {
    LocalDate monday = weekWithOneComplaintPerProject();
    String manager = newUser("office-manager");
    String period = "/api/kpis?from=" + monday + "&to=" + monday.plusDays(7);

    Map<?, ?> all = as(manager).getForEntity(period, Map.class).getBody();
    assertRatio(all, "revisitRate", 2, 2);
    assertRatio(all, "onSiteWithSignature", 1, 3);
    assertRatio(all, "phoneOrLetter", 2, 3);
    assertRatio(all, "satisfaction", 2, 3);

    var northAnswer = as(manager).getForEntity(period + "&project=" + north, Map.class);
    assertThat(northAnswer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertRatio(northAnswer.getBody(), "revisitRate", 1, 1);
    assertRatio(northAnswer.getBody(), "onSiteWithSignature", 0, 1);
    assertRatio(northAnswer.getBody(), "phoneOrLetter", 1, 1);
    assertRatio(northAnswer.getBody(), "satisfaction", 1, 1);

    Map<?, ?> southFigures = as(manager).getForEntity(period + "&project=" + south, Map.class).getBody();
    assertRatio(southFigures, "revisitRate", 1, 1);
    assertRatio(southFigures, "onSiteWithSignature", 1, 2);
    assertRatio(southFigures, "phoneOrLetter", 1, 2);
    assertRatio(southFigures, "satisfaction", 1, 2);
    List<?> methods = (List<?>) southFigures.get("revisitMethods");
    assertThat(methods).anySatisfy(m -> {
      assertThat(((Map<?, ?>) m).get("method")).isEqualTo("onSite");
      assertThat(((Map<?, ?>) m).get("count")).isEqualTo(1);
    });
  }

  @Test
  @DisplayName("K1 GET /api/kpis/projects lists the owner register's projects; an unknown project gives 400 naming the field")
  void projectChoices() {
    String manager = newUser("general-manager");
    var projects = as(manager).getForEntity("/api/kpis/projects", List.class);
    assertThat(projects.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(projects.getBody()).contains(north, south);
    assertThat(new ArrayList<>(projects.getBody())).isSorted();

    var unknown = as(manager).getForEntity("/api/kpis?from=2026-11-01&to=2026-12-01&project=没有的项目", Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(new ArrayList<Object>(((Map<?, ?>) unknown.getBody().get("errors")).keySet())).containsExactly("project");
    assertThat((String) ((Map<?, ?>) unknown.getBody().get("errors")).get("project")).contains("没有的项目");

    assertThat(as(newUser("housekeeper")).getForEntity("/api/kpis/projects", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/kpis/projects", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("K1 K2 K3 K5 K6 the trend sheet (回访指标趋势.xlsx) holds each month's figures of the project, as /api/kpis")
  void trendSheet() throws IOException {
    LocalDate monday = weekWithOneComplaintPerProject();
    LocalDate to = monday.plusDays(7);
    String manager = newUser("office-manager");
    var response = as(manager).getForEntity(
        "/api/registers/kpis.xlsx?from=" + monday + "&to=" + to + "&project=" + south, byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).hasToString(RegisterController.XLSX);

    // the week may run into the next month: one block of figures per calendar month
    int months = monday.getMonth() == to.minusDays(1).getMonth() ? 1 : 2;
    Map<?, ?> firstMonth = as(manager).getForEntity("/api/kpis?from=" + monday + "&to="
        + (months == 1 ? to : monday.withDayOfMonth(1).plusMonths(1)) + "&project=" + south, Map.class).getBody();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo(RegisterService.KPI_TREND);
      assertThat(texts(sheet.getRow(1))).containsExactlyElementsOf(
          RegisterService.KPI_TREND_COLUMNS.stream().map(RegisterSheet.Column::header).toList());
      // K1, K2, K3, K5 and K6 answered/resolved × 3, then the repair requests' K7 and K6 per urgency × 2 (issue 17)
      assertThat(sheet.getLastRowNum()).isEqualTo(1 + 13 * months);
      Row k2 = sheet.getRow(3);
      assertThat(texts(k2).subList(1, 7)).containsExactly(monday.toString().substring(0, 7), monday.toString(),
          (months == 1 ? to : monday.withDayOfMonth(1).plusMonths(1)).minusDays(1).toString(), south, "K2",
          "有业主签名的上门回访率");
      Map<?, ?> expected = (Map<?, ?>) firstMonth.get("onSiteWithSignature");
      assertThat(k2.getCell(7).getNumericCellValue()).isEqualTo(((Number) expected.get("numerator")).doubleValue());
      assertThat(k2.getCell(8).getNumericCellValue()).isEqualTo(((Number) expected.get("denominator")).doubleValue());
      if (months == 1) {
        assertThat(k2.getCell(7).getNumericCellValue()).isEqualTo(1.0);
        assertThat(k2.getCell(8).getNumericCellValue()).isEqualTo(2.0);
        assertThat(k2.getCell(9).getNumericCellValue()).isEqualTo(50.0);
        assertThat(k2.getCell(10).getNumericCellValue()).isEqualTo(40.0);
        assertThat(k2.getCell(11).getStringCellValue()).isEqualTo(RegisterService.MET);
      }
      Row majorResolved = sheet.getRow(11);
      assertThat(majorResolved.getCell(5).getStringCellValue()).isEqualTo("K6");
      assertThat(majorResolved.getCell(8).getNumericCellValue()).isZero();
      assertThat(majorResolved.getCell(9)).isNull();
      assertThat(majorResolved.getCell(11).getStringCellValue()).isEqualTo(RegisterService.NO_DATA);
    }

    assertThat(as(newUser("customer-service")).getForEntity("/api/registers/kpis.xlsx?from=" + monday + "&to=" + to,
        Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var unknown = as(manager).getForEntity("/api/registers/kpis.xlsx?from=" + monday + "&to=" + to + "&project=无此项目",
        Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(new ArrayList<Object>(((Map<?, ?>) unknown.getBody().get("errors")).keySet())).containsExactly("project");
  }

  private static void assertRatio(Map<?, ?> report, String figure, long numerator, long denominator) {
    Map<?, ?> f = (Map<?, ?>) report.get(figure);
    assertThat(((Number) f.get("numerator")).longValue()).as(figure + " numerator").isEqualTo(numerator);
    assertThat(((Number) f.get("denominator")).longValue()).as(figure + " denominator").isEqualTo(denominator);
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      Cell cell = row.getCell(i);
      texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
          ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue());
    }
    return texts;
  }
}
