package com.huifang.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.SpringTestBase;
import com.huifang.office.Office;
import com.huifang.office.OfficeRegister;
import com.huifang.owner.OwnerRegister;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** P1 intake through Huifang's own API, {@code /api/repairs}, on the running application with the real beans. */
class RepairApiSpringTest extends SpringTestBase {

  @Autowired OwnerRegister owners;
  @Autowired OfficeRegister offices;
  @Autowired ObjectMapper json;

  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final String marker = "卫生间水管漏水 " + run;

  private Map<String, Object> intake() {
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "hotline");
    body.put("ownerName", "王建国");
    body.put("unit", "3栋2单元1101-" + run);
    body.put("ownerPhone", "13800138000");
    body.put("place", "indoor");
    body.put("faultKind", "water");
    body.put("description", marker);
    body.put("urgency", "urgent");
    return body;
  }

  private ResponseEntity<Map> post(TestRestTemplate client, Object body, String idempotencyKey) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    try {
      String text = body instanceof String s ? s : json.writeValueAsString(body);
      return client.exchange("/api/repairs", HttpMethod.POST, new HttpEntity<>(text, headers), Map.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long instances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(Repair.KEY)
        .variableValueEquals("description", marker).count();
  }

  @Test
  @DisplayName("P1 any staff member (here a housekeeper) receives a repair: 201 with Location and its WX- number; the department's task is open")
  void receivedWithNumber() {
    String housekeeper = newUser("housekeeper");
    ResponseEntity<Map> received = post(as(housekeeper), intake(), null);

    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) received.getBody().get("caseNumber");
    assertThat(number).matches("WX-\\d{8}-\\d{4}");
    assertThat(received.getHeaders().getLocation()).hasToString("/api/repairs/" + number);
    String pi = (String) received.getBody().get("processInstanceId");
    assertThat(engine.getRuntimeService().getVariable(pi, "firstContact")).isEqualTo(housekeeper);
    // day or night, the case waits for the control center or the department, as the shift decides
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(pi).list();
    assertThat(open).hasSize(1);
    assertThat(open.get(0).getTaskDefinitionKey()).isIn(Repair.Elements.ARRIVE, Repair.Elements.NIGHT_INTAKE);

    ResponseEntity<Map> status = as(newUser("customer-service")).getForEntity("/api/repairs/" + number, Map.class);
    assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(status.getBody()).containsEntry("caseNumber", number).containsEntry("status", "open");
  }

  @Test
  @DisplayName("P1 a case belongs to the office of its unit (TenantPerCase)")
  void tenantOfTheUnit() {
    String office = "r" + run;
    String project = "碧水" + run;
    String unit = "1栋101-" + run;
    offices.save(new Office(office, "碧水湾管理处" + run, List.of(project)));
    owners.importCsv(new StringReader("unit,owner_name,phone,project\n" + unit + ",钱进,13711112222," + project + "\n"));
    Map<String, Object> body = intake();
    body.put("unit", unit);
    body.remove("ownerPhone"); // the register gives it
    ResponseEntity<Map> received = post(as(newUser("customer-service")), body, null);
    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String pi = (String) received.getBody().get("processInstanceId");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
        .getTenantId()).isEqualTo(office);
    assertThat(engine.getRuntimeService().getVariable(pi, "ownerPhone")).isEqualTo("13711112222");
  }

  @Test
  @DisplayName("P1 an incomplete request gets 400 naming every field in Chinese, and opens nothing")
  void refusedFieldByField() {
    Map<String, Object> body = intake();
    body.remove("ownerName");
    body.put("place", "roof");
    body.put("faultKind", "");
    body.put("preferredTime", "2020-01-01T10:00:00+08:00");
    body.put("ownerPhone", "12345");
    ResponseEntity<Map> refused = post(as(newUser("customer-service")), body, null);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).startsWith("报修登记有");
    assertThat((Map<String, Object>) refused.getBody().get("errors")).containsEntry("ownerName", "请填写业主姓名")
        .containsEntry("place", "请选择报修部位(户内或公共区域)").containsEntry("faultKind", "请选择故障类别")
        .containsEntry("preferredTime", "业主预约的维修时间须晚于现在").containsKey("ownerPhone");
    assertThat(instances()).isZero();
  }

  @Test
  @DisplayName("P1 a repeat with the same Idempotency-Key gets the first answer and opens no second case")
  void idempotent() {
    String user = newUser("control-center");
    String key = UUID.randomUUID().toString();
    ResponseEntity<Map> first = post(as(user), intake(), key);
    ResponseEntity<Map> again = post(as(user), intake(), key);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(instances()).isEqualTo(1);
  }

  @Test
  @DisplayName("P1 without credentials 401; a group that takes no repair requests (mall desk) 403; nothing opens")
  void unauthenticatedAndForbidden() {
    assertThat(post(rest, intake(), null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post(as(newUser("mall-service-desk")), intake(), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(instances()).isZero();
  }
}
