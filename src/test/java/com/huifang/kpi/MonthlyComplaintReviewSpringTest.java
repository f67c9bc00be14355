package com.huifang.kpi;

import static com.huifang.kpi.MonthlyComplaintReview.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.engine.CaseTenants;
import com.huifang.office.OfficeRegister;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
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

/**
 * The month's complaint review on the running application (real delegates, real history): one office's review of a
 * month of its own, the chief housekeeper's sign-off, and the month's 客户投诉登记表 carrying it.
 */
class MonthlyComplaintReviewSpringTest extends HistoryFixture {

  @Test
  @DisplayName("C18 C19 C20 the office's review counts the month's complaints and suggestions; once the chief housekeeper signs, the month's complaint log .xlsx names who signed and when")
  void signedMonthInTheLog() throws IOException {
    LocalDate month = ownWeek().withDayOfMonth(1);
    clockAt(month.plusDays(2), Duration.ZERO);
    receive(false);
    engine.getRuntimeService().startProcessInstanceByKey(com.huifang.complaint.Complaint.KEY,
        Variables.createVariables().putValue("channel", "online").putValue("complaintType", "suggestion")
            .putValue("ownerName", "李华").putValue("unit", "5栋201").putValue("description", "建议增设快递柜")
            .putValue("firstContact", "kefu"));
    String reader = newUser("customer-service");
    String period = "from=" + month + "&to=" + month.plusMonths(1);

    // on the 1st of the next month at 9:00 (started here by hand: the timer is set for this real month)
    clockAt(month.plusMonths(1), Duration.ofHours(-1));
    ProcessInstance review = engine.getRuntimeService().startProcessInstanceByMessage(
        MonthlyComplaintReview.OFFICE_REVIEW_MESSAGE, Map.of(CaseTenants.OFFICE_ID, OfficeRegister.DEFAULT_OFFICE));
    assertThat(review.getTenantId()).isEqualTo(OfficeRegister.DEFAULT_OFFICE);
    Map<String, Object> vars = engine.getRuntimeService().getVariables(review.getId());
    assertThat(vars).containsEntry(MONTH.name(), month.toString().substring(0, 7));
    assertThat((String) vars.get(FIGURES.name())).contains("收到投诉:1 件", "收到意见建议:1 件");
    assertThat(lastLine(as(reader).getForEntity("/api/registers/complaints.xlsx?" + period, byte[].class)))
        .isEqualTo(RegisterService.NOT_SIGNED_OFF);

    // the chief housekeeper claims the task on the 2nd at 10:00 and signs
    String chief = newUser("chief-housekeeper");
    clockAt(month.plusMonths(1).plusDays(1), Duration.ZERO);
    Task sign = engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(MonthlyComplaintReview.Elements.SIGN_LOG).singleResult();
    engine.getTaskService().claim(sign.getId(), chief);
    engine.getTaskService().complete(sign.getId(), Variables.createVariables().putValue(LOG_REVIEWED.name(), true)
        .putValue(LOG_REVIEW_OPINION.name(), "已查阅"));

    String line = lastLine(as(reader).getForEntity("/api/registers/complaints.xlsx?" + period, byte[].class));
    assertThat(line).startsWith(RegisterService.SIGN_OFF + ":" + month.toString().substring(0, 7) + "(")
        .endsWith(" 测试" + chief + " 于 " + month.plusMonths(1).plusDays(1) + " 10:00,意见:已查阅");
  }

  private static String lastLine(ResponseEntity<byte[]> response) throws IOException {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Sheet sheet = book.getSheetAt(0);
      return sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue();
    }
  }
}
