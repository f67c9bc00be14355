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

  private ResponseEntity<Map> importCsv(String user, byte[] csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return as(user).postForEntity("/api/purchases/import", new HttpEntity<>(csv, headers), Map.class);
  }

  @Test
  @DisplayName("Q1 finance's spreadsheet as CSV: a buyer imports it: every row registered as the buyer's purchase, flagged where the issuer is missing; one wrong row and none is, 400 naming line and column; 403 for others")
  void importSpreadsheet() {
    String header = "物资名称,物资类别,数量,单位,单价,供应商,开票人电话或详细地址,采购部门,采购日期\n";
    String good = header
        + "拖把" + run + ",清洁用品,20,把,18.50,洁美日化" + run + ",0755-26880000,保洁部,2026-11-03\n"
        + "\"空调,3匹" + run + "\",资产,1,台,6800,格力专卖" + run + ",,工程部,2026-11-04\n";
    ResponseEntity<Map> imported = importCsv(buyer, good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("imported", 2);
    List<Map<String, Object>> purchases = (List<Map<String, Object>>) imported.getBody().get("purchases");
    assertThat(purchases).extracting(p -> p.get("issuerContactMissing")).containsExactly(false, true);
    var mop = register.purchase((String) purchases.get(0).get("caseNumber")).orElseThrow();
    assertThat(mop.category()).isEqualTo(Category.CLEANING);
    assertThat(mop.unitPrice()).isEqualByComparingTo("18.50");
    assertThat(mop.buyer()).isEqualTo(buyer);
    assertThat(register.purchase((String) purchases.get(1).get("caseNumber")).orElseThrow().item())
        .isEqualTo("空调,3匹" + run);

    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(Procurement.PURCHASE_KEY).count();
    String oneWrong = header
        + "抹布" + run + ",清洁用品,10,条,3,洁美日化,0755-26880000,保洁部,2026-11-03\n"
        + "水泥" + run + ",食品,5,袋,-2,建材行,0755-1,工程部,2026-02-30\n"
        + "短行,资产\n";
    ResponseEntity<Map> refused = importCsv(buyer, oneWrong.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("未登记任何采购");
    assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).extracting(e -> e.get("message"))
        .anySatisfy(m -> assertThat((String) m).startsWith("第3行 物资类别"))
        .anySatisfy(m -> assertThat((String) m).startsWith("第3行 单价"))
        .anySatisfy(m -> assertThat((String) m).startsWith("第3行 采购日期"))
        .anySatisfy(m -> assertThat((String) m).startsWith("第4行 line: 应有9列"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(Procurement.PURCHASE_KEY).count()).isEqualTo(before);

    assertThat(importCsv(buyer, "item,category\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(importCsv(buyer, good.getBytes(java.nio.charset.Charset.forName("GBK"))).getBody().get("message"))
        .asString().contains("UTF-8");
    assertThat(importCsv(finance, good.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
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
