package com.huifang.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.repair.Repair;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** S4 on the running application: entries from Tasklist's start form, and the month's 顾客意见登记表 as .xlsx. */
class OpinionRegisterSpringTest extends SpringTestBase {


  private static List<String> values(Row row) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      values.add(new DataFormatter().formatCellValue(row.getCell(i)));
    }
    return values;
  }

  @Test
  @DisplayName("S4 staff record a call and an owner-meeting opinion from Tasklist; the month's 顾客意见登记表 lists them with "
      + "the month's complaint and repair request by case number, in the order received, people by name")
  void monthlyRegister() throws Exception {
    // a month of its own, so other tests' cases on the shared database stay out
    int year = 2300 + ThreadLocalRandom.current().nextInt(600);
    int month = 1 + ThreadLocalRandom.current().nextInt(12);
    ZonedDateTime first = ZonedDateTime.of(year, month, 3, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    String kefu = newUser("customer-service");
    String housekeeper = newUser("housekeeper");

    ClockUtil.setCurrentTime(Date.from(first.toInstant()));
    var call = as(kefu).postForEntity("/engine-rest/process-definition/key/opinion-register-entry/submit-form",
        formVariables("opinionSource", "call", "opinionKind", "serviceNeed", "ownerName", "王建国", "unit", "3栋2单元1101",
            "ownerPhone", "13800138000", "opinionContent", "希望增加快递柜", "actionTaken", "已报管理处经理,下周答复"), Map.class);
    assertThat(call.getStatusCode()).as("%s", call.getBody()).isEqualTo(HttpStatus.OK);

    ClockUtil.setCurrentTime(Date.from(first.plusHours(1).toInstant()));
    var complaint = postComplaint(kefu, complaintRequest("李四", "5栋301", "13900139000", "楼道灯坏了三天"));
    assertThat(complaint.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ClockUtil.setCurrentTime(Date.from(first.plusHours(2).toInstant()));
    var repair = engine.getRuntimeService().startProcessInstanceByKey(Repair.KEY, Variables.createVariables()
        .putValue("channel", "hotline").putValue("ownerName", "赵六").putValue("unit", "2栋1202")
        .putValue("ownerPhone", "13700137000").putValue("place", "indoor").putValue("faultKind", "water")
        .putValue("description", "厨房水龙头漏水").putValue("urgency", "urgent").putValue("initiator", kefu));

    ClockUtil.setCurrentTime(Date.from(first.plusDays(5).toInstant()));
    var meeting = as(housekeeper).postForEntity("/engine-rest/process-definition/key/opinion-register-entry/submit-form",
        formVariables("opinionSource", "ownerMeeting", "opinionKind", "opinion", "opinionContent", "业主座谈会:希望延长游泳池开放时间",
            "actionTaken", "已转管理处经理研究", "receivedAt", first.plusDays(4).toOffsetDateTime().toString()), Map.class);
    assertThat(meeting.getStatusCode()).as("%s", meeting.getBody()).isEqualTo(HttpStatus.OK);

    // an entry without content is refused with the field's message
    var refused = as(kefu).postForEntity("/engine-rest/process-definition/key/opinion-register-entry/submit-form",
        formVariables("opinionSource", "letter", "opinionKind", "opinion", "actionTaken", "已答复"), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("请填写意见内容");

    String ym = "%04d-%02d".formatted(year, month);
    ResponseEntity<byte[]> sheet = as(newUser("customer-service"))
        .getForEntity("/api/registers/opinions.xlsx?month=" + ym, byte[].class);
    assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.getBody()))) {
      Sheet register = book.getSheetAt(0);
      assertThat(register.getSheetName()).isEqualTo("顾客意见登记表");
      assertThat(values(register.getRow(1))).containsExactly("序号", "编号", "反馈时间", "来源", "类别", "顾客姓名", "房号",
          "联系电话", "意见内容", "处理情况", "登记人");
      assertThat(register.getLastRowNum()).as("title, header, four rows").isEqualTo(5);
      List<String> a = values(register.getRow(2));
      assertThat(a.get(1)).startsWith("YJ-");
      assertThat(a.subList(3, 11)).containsExactly("来电", "服务需求", "王建国", "3栋2单元1101", "13800138000",
          "希望增加快递柜", "已报管理处经理,下周答复", "测试" + kefu);
      List<String> b = values(register.getRow(3));
      assertThat(b.get(1)).isEqualTo(complaint.getBody().get("caseNumber")).startsWith("TS-");
      assertThat(b.subList(3, 11)).containsExactly("电话", "投诉", "李四", "5栋301", "13900139000", "楼道灯坏了三天",
          "处理中", "测试" + kefu);
      List<String> c = values(register.getRow(4));
      assertThat(c.get(1)).isEqualTo(repair.getBusinessKey()).startsWith("WX-");
      assertThat(c.subList(4, 10)).containsExactly("报修", "赵六", "2栋1202", "13700137000", "厨房水龙头漏水", "处理中");
      List<String> d = values(register.getRow(5));
      assertThat(d.subList(3, 5)).containsExactly("业主座谈会", "意见");
      assertThat(d.get(10)).isEqualTo("测试" + housekeeper);
    }

    assertThat(as(kefu).getForEntity("/api/registers/opinions.xlsx?month=2026-13", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as(newUser("dept-engineering")).getForEntity("/api/registers/opinions.xlsx?month=" + ym, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
