package com.huifang.mall;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.office.OfficeRegister;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The mall's API (POST /api/mall/purchases, GET /api/mall/merchants/{id}/scores) and who sees which merchant's
 * forms in Tasklist. Merchants, staff and users are new per test, so the suite can share a PostgreSQL database.
 */
class MallApiSpringTest extends SpringTestBase {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired MerchantRegister register;
  @Autowired MerchantGroups groups;

  private String merchantA;
  private String merchantB;
  private String desk;
  private String staffA;
  private String staffB;

  @BeforeEach
  void merchants() {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    merchantA = "ta" + run;
    merchantB = "tb" + run;
    register.addMerchant(merchantA, "测试地板" + run);
    register.addMerchant(merchantB, "测试门窗" + run);
    desk = newUser(Mall.DESK_GROUP);
    staffA = newUser();
    staffB = newUser();
    register.addStaff(new MerchantRegister.Staff("A" + run, merchantA, "黄杰", true, staffA));
    register.addStaff(new MerchantRegister.Staff("B" + run, merchantB, "徐明", true, staffB));
    groups.sync();
  }

  private Map<String, Object> purchase(Object merchantId) {
    return Map.of("cardNumber", "BX-0008812", "customerName", "王建国", "customerPhone", "13800138000",
        "address", "3栋2单元1101", "purchaseLines", List.of(Map.of("merchantId", merchantId, "goods", "实木地板",
            "services", List.of("measure", "install"), "serviceDate", "2026-11-25", "registeredAtDesk", true)));
  }

  private ResponseEntity<Map> post(String user, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var client = user == null ? rest : as(user);
    return client.postForEntity("/api/mall/purchases", new HttpEntity<>(body, headers), Map.class);
  }

  private long casesOf(String merchant) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(Mall.FORM_KEY)
        .variableValueEquals(Mall.Vars.MERCHANT_ID.name(), merchant).count();
  }

  @Test
  @DisplayName("M1 POST /api/mall/purchases: 201 with the case number and one numbered form per service; 401, 403, 400 start nothing")
  void registerPurchase() {
    ResponseEntity<Map> created = post(desk, purchase(merchantA));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) created.getBody().get("caseNumber");
    assertThat(caseNumber).matches("JC-\\d{8}-\\d{4}");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/mall/purchases/" + caseNumber);
    assertThat((List<Map<String, Object>>) created.getBody().get("feedbackForms"))
        .extracting(f -> f.get("formNumber") + "/" + f.get("service"))
        .containsExactly(caseNumber + "-01/measure", caseNumber + "-02/install");
    assertThat(casesOf(merchantA)).isEqualTo(2);

    assertThat(post(null, purchase(merchantA)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post(staffA, purchase(merchantA)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(newUser("customer-service"), purchase(merchantA)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map> bad = post(desk, Map.of("cardNumber", 7, "customerName", "王建国", "customerPhone", "123",
        "address", "3栋", "colour", "red",
        "purchaseLines", List.of(Map.of("merchantId", "nobody" + merchantB, "goods", "门", "services", List.of("paint"),
            "serviceDate", "tomorrow"))));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, Object>) bad.getBody().get("errors")).containsKeys("cardNumber", "customerPhone", "colour",
        "purchaseLines[0].merchantId", "purchaseLines[0].services", "purchaseLines[0].serviceDate");
    assertThat(post(desk, purchase(List.of("x"))).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post(desk, "[1]").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(casesOf(merchantA)).isEqualTo(2);
    assertThat(casesOf("nobody" + merchantB)).isZero();
  }

  @Test
  @DisplayName("M6 GET scores: per-form lines and the month's total; 400 bad month, 404 unknown merchant; desk, managers and the merchant's own staff only")
  void scores() {
    YearMonth month = YearMonth.of(2026, 11);
    Instant inMonth = month.atDay(30).atTime(23, 0).atZone(ZONE).toInstant(); // still November in Shanghai
    Instant nextMonth = month.plusMonths(1).atDay(1).atTime(0, 30).atZone(ZONE).toInstant();
    register.saveScore(new MerchantRegister.Score("JC-T-" + merchantA + "-01", "JC-T-" + merchantA, merchantA,
        "measure", 100, "顾客很满意", true, true, true, true, "verySatisfied", inMonth));
    register.saveScore(new MerchantRegister.Score("JC-T-" + merchantA + "-02", "JC-T-" + merchantA, merchantA,
        "install", 0, "伪造顾客签字,评分为零并按规定处罚", true, true, true, false, "verySatisfied", inMonth));
    register.saveScore(new MerchantRegister.Score("JC-T-" + merchantA + "-03", "JC-T-" + merchantA, merchantA,
        "deliver", 90, "顾客满意", true, true, true, true, "satisfied", nextMonth));
    register.savePenalty(new MerchantRegister.Penalty("JC-T-" + merchantA + "-02", "JC-T-" + merchantA, merchantA,
        FeedbackForms.PENALTY_REASON, "顾客称未签字", inMonth));
    String url = "/api/mall/merchants/" + merchantA + "/scores?month=2026-11";

    for (String reader : List.of(desk, staffA, newUser("office-manager"), newUser("general-manager"))) {
      ResponseEntity<Map> ok = as(reader).getForEntity(url, Map.class);
      assertThat(ok.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(ok.getBody()).containsEntry("merchantId", merchantA).containsEntry("month", "2026-11")
          .containsEntry("total", 100);
      assertThat((List<Map<String, Object>>) ok.getBody().get("forms")).extracting(f -> f.get("score"))
          .containsExactly(100, 0);
      assertThat((List<Map<String, Object>>) ok.getBody().get("penalties")).singleElement()
          .satisfies(p -> assertThat(p).containsEntry("formNumber", "JC-T-" + merchantA + "-02"));
    }
    ResponseEntity<Map> december = as(desk).getForEntity(
        "/api/mall/merchants/" + merchantA + "/scores?month=2026-12", Map.class);
    assertThat(december.getBody()).containsEntry("total", 90);

    assertThat(rest.getForEntity(url, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as(staffB).getForEntity(url, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(newUser("customer-service")).getForEntity(url, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> badMonth = as(desk).getForEntity(
        "/api/mall/merchants/" + merchantA + "/scores?month=2026-13", Map.class);
    assertThat(badMonth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, Object>) badMonth.getBody().get("errors")).containsKey("month");
    assertThat(as(desk).getForEntity("/api/mall/merchants/" + merchantA + "/scores", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as(desk).getForEntity("/api/mall/merchants/none" + merchantA + "/scores?month=2026-11", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("M3 Tasklist authorizations: a merchant's staff see their own merchant's form tasks only, through the engine and its REST API")
  void merchantSeesOwnFormsOnly() {
    String caseNumber = (String) post(desk, Map.of("cardNumber", "BX-1", "customerName", "王建国",
        "customerPhone", "13800138000", "address", "3栋2单元1101", "purchaseLines", List.of(
            Map.of("merchantId", merchantA, "goods", "地板", "services", List.of("install"),
                "serviceDate", "2026-11-25", "registeredAtDesk", true),
            Map.of("merchantId", merchantB, "goods", "门", "services", List.of("deliver"),
                "serviceDate", "2026-11-25", "registeredAtDesk", true)))).getBody().get("caseNumber");
    Task taskA = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber + "-01").singleResult();
    Task taskB = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber + "-02").singleResult();
    assertThat(taskA.getTaskDefinitionKey()).isEqualTo(Mall.FormElements.SERVE);

    // the engine's task query under the staff member's own authentication
    identity.setAuthentication(staffA, List.of("merchant", Mall.merchantGroup(merchantA)),
        List.of(OfficeRegister.DEFAULT_OFFICE));
    try {
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKeyIn(caseNumber + "-01",
          caseNumber + "-02").list()).extracting(Task::getId).containsExactly(taskA.getId());
    } finally {
      identity.clearAuthentication();
    }

    // the REST API Tasklist uses, logged in as each merchant's staff member
    String query = "/engine-rest/task?processInstanceBusinessKeyIn=" + caseNumber + "-01," + caseNumber + "-02";
    assertThat(as(staffA).exchange(query, HttpMethod.GET, null, LIST).getBody())
        .extracting(t -> t.get("id")).containsExactly(taskA.getId());
    assertThat(as(staffB).exchange(query, HttpMethod.GET, null, LIST).getBody())
        .extracting(t -> t.get("id")).containsExactly(taskB.getId());
    assertThat(as(staffB).getForEntity("/engine-rest/task/" + taskA.getId(), Map.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(as(staffA).getForEntity("/engine-rest/task/" + taskA.getId() + "/deployed-form", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // the general merchant group alone sees neither; the desk sees both (it keeps every form)
    assertThat(as(newUser("merchant")).exchange(query, HttpMethod.GET, null, LIST).getBody()).isEmpty();
    assertThat(as(desk).exchange(query, HttpMethod.GET, null, LIST).getBody()).hasSize(2);
  }

  @Test
  @DisplayName("M1 a purchase repeated with its Idempotency-Key gets the first answer; the key with another purchase is 422 and registers nothing")
  void idempotencyKey() {
    String key = "purchase-" + UUID.randomUUID();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", key);
    var first = as(desk).postForEntity("/api/mall/purchases", new HttpEntity<>(purchase(merchantA), headers), String.class);
    var again = as(desk).postForEntity("/api/mall/purchases", new HttpEntity<>(purchase(merchantA), headers), String.class);
    var other = as(desk).postForEntity("/api/mall/purchases", new HttpEntity<>(purchase(merchantB), headers), String.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(other.getBody()).contains(key);
    assertThat(casesOf(merchantA)).isEqualTo(2);
    assertThat(casesOf(merchantB)).isZero();
  }
}
