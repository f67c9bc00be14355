package com.huifang.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.SpringTestBase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

/** W1 registration and W6 repair requests through Huifang's own API, {@code /api/warranties}. */
class WarrantyApiSpringTest extends SpringTestBase {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired ObjectMapper json;

  private Map<String, Object> registration() {
    Map<String, Object> body = new HashMap<>();
    body.put("projectName", "3栋2单元1101 室内装饰工程");
    body.put("ownerName", "王建国");
    body.put("unit", "3栋2单元1101");
    body.put("ownerPhone", "13800138000");
    body.put("handoverDate", LocalDate.now(ZONE).minusDays(50).toString());
    body.put("workKinds", List.of("tile", "wood"));
    return body;
  }

  private ResponseEntity<Map> post(TestRestTemplate client, String path, Object body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      return client.exchange(path, HttpMethod.POST, new HttpEntity<>(json.writeValueAsString(body), headers), Map.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("W1 warranty-service registers a case: 201 with the case number BX-…, the instance and the warranty end")
  void registers() {
    var response = post(as(newUser("warranty-service")), "/api/warranties", registration());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) response.getBody().get("caseNumber");
    assertThat(caseNumber).matches("BX-\\d{8}-\\d{4}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/warranties/" + caseNumber);
    assertThat(response.getBody().get("warrantyEnd"))
        .isEqualTo(LocalDate.now(ZONE).minusDays(50).plusYears(2).toString());
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId((String) response.getBody().get("processInstanceId")).singleResult();
    assertThat(pi.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(pi.getProcessDefinitionId()).startsWith(Warranty.KEY + ":");
  }

  @Test
  @DisplayName("W1 a bad registration is a 400 naming every bad field, and opens nothing")
  void badRegistration() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Warranty.KEY).count();
    Map<String, Object> body = registration();
    body.put("handoverDate", LocalDate.now(ZONE).plusDays(3).toString());
    body.put("workKinds", List.of());
    body.put("ownerPhone", "12345");
    body.put("warrantyYears", "two");
    body.put("colour", "red");
    body.remove("projectName");

    var response = post(as(newUser("warranty-service")), "/api/warranties", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, String>) response.getBody().get("errors"))
        .containsEntry("handoverDate", "竣工交付日期不能晚于今天")
        .containsEntry("workKinds", "请至少选择一项施工项目")
        .containsEntry("ownerPhone", "联系电话格式不正确(手机11位,或带区号的固定电话)")
        .containsEntry("warrantyYears", "应为整数")
        .containsEntry("colour", "未知字段")
        .containsEntry("projectName", "请填写工程名称");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Warranty.KEY).count())
        .isEqualTo(before);
  }

  @Test
  @DisplayName("W1 W6 without credentials 401; a user outside warranty-service gets 403 for registrations and repairs")
  void onlyWarrantyService() {
    assertThat(post(rest, "/api/warranties", registration()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    String kefu = newUser("customer-service");
    assertThat(post(as(kefu), "/api/warranties", registration()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(as(kefu), "/api/warranties/BX-20261123-0001/repairs", Map.of("faultDescription", "漏水"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("W6 a repair request in warranty: 201, correlated to the case, repaired free of the after-warranty rule; unknown case 404")
  void repairInWarranty() {
    String weixiu = newUser("warranty-service");
    String caseNumber = (String) post(as(weixiu), "/api/warranties", registration()).getBody().get("caseNumber");

    var response = post(as(weixiu), "/api/warranties/" + caseNumber + "/repairs", Map.of("faultDescription", "卫生间墙砖空鼓"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody()).containsEntry("caseNumber", caseNumber).containsEntry("inWarranty", true);
    ProcessInstance repair = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId((String) response.getBody().get("processInstanceId")).singleResult();
    assertThat(repair.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(engine.getRuntimeService().getVariable(repair.getId(), "inWarranty")).isEqualTo(true);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(repair.getId())
        .taskDefinitionKey(Warranty.RepairElements.DISPATCH).taskCandidateGroup("warranty-service").count()).isEqualTo(1);

    assertThat(post(as(weixiu), "/api/warranties/BX-19990101-9999/repairs", Map.of("faultDescription", "漏水"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(as(weixiu), "/api/warranties/" + caseNumber + "/repairs", Map.of("faultDescription", " "))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  @DisplayName("W6 a repair request from Tasklist's start form, under the user's authorizations: the case starts the repair; an unknown case is a 400 and starts nothing")
  void repairRequestFromTasklist() {
    String weixiu = newUser("warranty-service");
    String caseNumber = (String) post(as(weixiu), "/api/warranties", registration()).getBody().get("caseNumber");
    String start = "/engine-rest/process-definition/key/warranty-repair-request/submit-form";

    var started = as(weixiu).postForEntity(start, Map.of("variables", Map.of(
        "caseNumber", Map.of("value", caseNumber), "faultDescription", Map.of("value", "卫生间墙砖空鼓"))), Map.class);

    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(Warranty.REPAIR_KEY)
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey(Warranty.RepairElements.DISPATCH).count()).isEqualTo(1);
    var unknown = as(weixiu).postForEntity(start, Map.of("variables", Map.of(
        "caseNumber", Map.of("value", "BX-19990101-9999"), "faultDescription", Map.of("value", "漏水"))), Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unknown.getBody().get("message")).contains("BX-19990101-9999");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("warranty-repair-request")
        .processInstanceBusinessKey("BX-19990101-9999").count()).isZero();
    assertThat(as(newUser("customer-service")).postForEntity(start, Map.of("variables", Map.of(
        "caseNumber", Map.of("value", caseNumber), "faultDescription", Map.of("value", "漏水"))), String.class)
        .getStatusCode()).as("not a starter: the definition is not even visible").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("W6 W7 after the warranty has ended a repair request is still accepted: its own repair, main materials charged")
  void repairAfterWarranty() {
    String weixiu = newUser("warranty-service");
    Map<String, Object> body = registration();
    body.put("warrantyYears", 1);
    var created = post(as(weixiu), "/api/warranties", body).getBody();
    String caseNumber = (String) created.get("caseNumber");
    String caseId = (String) created.get("processInstanceId");

    // a year and more later: the warranty end fires and closes the case
    Date end = (Date) engine.getRuntimeService().getVariable(caseId, "warrantyEnd");
    ClockUtil.setCurrentTime(Date.from(end.toInstant().plusSeconds(3600)));
    var managementJob = engine.getManagementService().createJobQuery().processInstanceId(caseId)
        .activityId(Warranty.Elements.WARRANTY_ENDS).singleResult();
    assertThat(managementJob.getDuedate()).isEqualTo(end);
    engine.getManagementService().executeJob(managementJob.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseId).count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(caseId).count()).isZero();

    var response = post(as(weixiu), "/api/warranties/" + caseNumber + "/repairs", Map.of("faultDescription", "木地板起拱"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody()).containsEntry("inWarranty", false);
    String repairId = (String) response.getBody().get("processInstanceId");
    var runtime = engine.getRuntimeService();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(repairId).singleResult().getBusinessKey())
        .isEqualTo(caseNumber);
    assertThat(runtime.getVariables(repairId)).containsEntry("inWarranty", false).containsEntry("ownerName", "王建国")
        .containsEntry("caseNumber", caseNumber).containsEntry("warrantyEndText", end.toInstant().atZone(ZONE).toLocalDate().toString());
  }
}
