package com.huifang.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Procurement on the running application with the real beans, tables and authorizations: POST /api/purchases (Q1),
 * and a quarter drawn and revisited through a doubt the buyer cannot explain (Q2–Q4). Users and suppliers are new per
 * test, and the sampled quarter lies in a year of its own, so the suite can share a PostgreSQL database.
 */
class ProcurementSpringTest extends SpringTestBase {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired ProcurementRegister register;

  private String buyer;
  private String finance;
  private String manager;
  private String run;

  @BeforeEach
  void users() {
    run = UUID.randomUUID().toString().substring(0, 8);
    buyer = newUser("buyer");
    finance = newUser("finance");
    manager = newUser("finance-manager");
  }

  private Map<String, Object> purchase(String issuerContact, String purchasedOn, String unitPrice) {
    Map<String, Object> body = new HashMap<>(Map.of("item", "笔记本电脑" + run, "category", "asset", "quantity", 2,
        "unit", "台", "unitPrice", unitPrice, "supplier", "华强电脑" + run, "department", "财务管理部",
        "purchasedOn", purchasedOn));
    if (issuerContact != null) {
      body.put("issuerContact", issuerContact);
    }
    return body;
  }

  private ResponseEntity<Map> post(String user, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return (user == null ? rest : as(user)).postForEntity("/api/purchases", new HttpEntity<>(body, headers), Map.class);
  }

  private List<Map<String, Object>> tasksSeenBy(String user, String processInstanceId) {
    return as(user).exchange("/engine-rest/task?processInstanceId=" + processInstanceId, HttpMethod.GET, null, LIST)
        .getBody();
  }

  @Test
  @DisplayName("Q1 POST /api/purchases: 201 with the number; no issuer phone or address flags it and gives its buyer the task; 400, 401, 403 register nothing")
  void registerPurchase() {
    ResponseEntity<Map> created = post(buyer, purchase("0755-26881234", "2026-11-02", "5800.00"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("caseNumber");
    assertThat(number).matches("CG-\\d{8}-\\d{4}");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/purchases/" + number);
    assertThat(created.getBody()).containsEntry("issuerContactMissing", false);
    assertThat(register.purchase(number).orElseThrow().buyer()).isEqualTo(buyer);

    ResponseEntity<Map> flagged = post(buyer, purchase(null, "2026-11-02", "5800"));
    assertThat(flagged.getBody()).containsEntry("issuerContactMissing", true);
    String instance = (String) flagged.getBody().get("processInstanceId");
    assertThat(tasksSeenBy(buyer, instance)).singleElement()
        .satisfies(t -> assertThat(t).containsEntry("name", "报帐前补填开票人电话或详细地址").containsEntry("assignee", buyer));
    assertThat(tasksSeenBy(newUser("customer-service"), instance)).isEmpty();

    assertThat(post(null, purchase("x", "2026-11-02", "1")).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post(finance, purchase("x", "2026-11-02", "1")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> bad = purchase(null, "2026-02-30", "-3");
    bad.put("category", "food");
    bad.put("colour", "red");
    ResponseEntity<Map> refused = post(buyer, bad);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, Object>) refused.getBody().get("errors")).containsKeys("category", "unitPrice",
        "purchasedOn", "colour");
    Map<String, Object> errors = (Map<String, Object>) post(buyer, Map.of("item", "拖把")).getBody().get("errors");
    assertThat(errors).containsEntry("supplier", "请填写供应商").containsEntry("unitPrice", "请填写单价");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(Procurement.PURCHASE_KEY).startedBy(buyer).count()).isEqualTo(2);
  }

  @Test
  @DisplayName("Q2-Q4 a quarter drawn on the application: finance revisits, the buyer cannot explain the doubt, the finance manager records the outcome")
  void quarterThroughTheFinanceManager() {
    int year = ThreadLocalRandom.current().nextInt(2001, 2020);
    String number = (String) post(buyer, purchase("0755-26881234", year + "-08-03", "5800")).getBody().get("caseNumber");

    identity.setAuthentication(finance, List.of("finance"));
    ProcessInstance quarter;
    try {
      quarter = engine.getRuntimeService().startProcessInstanceByKey(Procurement.QUARTER_KEY,
          Map.of(Procurement.Vars.QUARTER.name(), year + "-Q3"));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(quarter.getBusinessKey()).isEqualTo(year + "-Q3");
    ProcessInstance revisit = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(quarter.getId()).singleResult();
    assertThat(revisit.getBusinessKey()).isEqualTo(number);

    List<Map<String, Object>> seen = tasksSeenBy(finance, revisit.getId());
    assertThat(seen).singleElement().satisfies(t -> assertThat(t).containsEntry("name", "回访供方并填写采购物资供方回访表"));
    assertThat(tasksSeenBy(buyer, revisit.getId())).isEmpty();
    String taskId = (String) seen.get(0).get("id");
    assertThat(as(finance).getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class).getBody())
        .contains("采购物资供方回访表");

    complete(finance, taskId, Map.of("revisitMethod", "phone", "pricesFound", "电脑城 5200元", "lowestPrice", 5200,
        "conclusion", "高于市场价", "revisitorSignature", "钱芳", "doubt", true));
    Task explain = engine.getTaskService().createTaskQuery().processInstanceId(revisit.getId()).singleResult();
    assertThat(explain.getAssignee()).isEqualTo(buyer);
    assertThat(tasksSeenBy(buyer, revisit.getId())).hasSize(1);
    complete(buyer, explain.getId(), Map.of("buyerExplanation", "当时急用"));
    Task assess = engine.getTaskService().createTaskQuery().processInstanceId(revisit.getId()).singleResult();
    complete(finance, assess.getId(), Map.of("explanationAccepted", false));
    Task handle = engine.getTaskService().createTaskQuery().processInstanceId(revisit.getId()).singleResult();
    // finance keeps the register and reads every revisit's tasks; the buyer does not see the manager's
    assertThat(tasksSeenBy(buyer, revisit.getId())).isEmpty();
    assertThat(tasksSeenBy(manager, revisit.getId())).singleElement()
        .satisfies(t -> assertThat(t).containsEntry("name", "财务管理部经理处理回访问题"));
    complete(manager, handle.getId(), Map.of("financeManagerOutcome", "责成退回差价"));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(quarter.getId())
        .singleResult().getEndActivityId()).isEqualTo(Procurement.QuarterElements.END_DONE);
    assertThat(register.sampledRow(quarter.getId(), number)).containsEntry("finance_outcome", "责成退回差价")
        .containsEntry("explanation", "当时急用").containsEntry("doubt", true);

    // Q5 the half year's 采购物资供方回访表 as .xlsx, for finance and its manager
    String url = "/api/purchases/revisits.xlsx?halfYear=" + year + "-H2";
    ResponseEntity<byte[]> sheet = as(manager).getForEntity(url, byte[].class);
    assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sheet.getHeaders().getContentDisposition().getFilename()).isEqualTo("采购物资供方回访表_" + year + "-H2.xlsx");
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet.getBody()))) {
      var rows = workbook.getSheetAt(0);
      assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("采购物资供方回访表(" + year + "-H2)");
      assertThat(rows.getRow(1).getCell(24).getStringCellValue()).isEqualTo("财务管理部经理处理结果");
      var row = rows.getRow(2);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(year + "-Q3");
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo(number);
      assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(5800.0);
      assertThat(row.getCell(14).getStringCellValue()).isEqualTo("电话回访");
      assertThat(row.getCell(16).getNumericCellValue()).isEqualTo(5200.0);
      assertThat(row.getCell(17).getNumericCellValue()).isEqualTo(600.0);
      assertThat(row.getCell(22).getStringCellValue()).isEqualTo("当时急用");
      assertThat(row.getCell(23).getStringCellValue()).isEqualTo("不合理");
      assertThat(row.getCell(24).getStringCellValue()).isEqualTo("责成退回差价");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(as(buyer).getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> badHalf = as(finance).getForEntity("/api/purchases/revisits.xlsx?halfYear=2026-H3", Map.class);
    assertThat(badHalf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, Object>) badHalf.getBody().get("errors")).containsKey("halfYear");
  }

  /** Completes a task through the engine's REST API, as Tasklist does, as the user. */
  private void complete(String user, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> done = as(user).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
        new HttpEntity<>(Map.of("variables", variables), headers), String.class);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
