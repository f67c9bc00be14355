package com.huifang.errand;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.SpringTestBase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** E1 errands through {@code POST /api/errands}, and who sees and completes errand tasks through Tasklist's REST API. */
class ErrandApiSpringTest extends SpringTestBase {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  static final String TOMORROW_EVENING = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1)
      .withHour(18).truncatedTo(ChronoUnit.HOURS).toString();

  @Autowired ObjectMapper json;

  static Map<String, Object> cake() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errandType", "cake");
    body.put("ownerName", "王建国");
    body.put("unit", "3栋2单元1101");
    body.put("ownerPhone", "13800138000");
    body.put("recipientName", "王母");
    body.put("recipientPhone", "13900139000");
    body.put("deliveryTime", TOMORROW_EVENING);
    body.put("estimatedCost", "268.00");
    body.put("cakePurpose", "birthday");
    body.put("cakeSize", "8寸");
    body.put("cakeDesign", "寿桃");
    body.put("cakeColours", "粉白");
    body.put("cakeText", "祝妈妈生日快乐");
    body.put("cakeBrand", "好利来");
    body.put("withCard", true);
    return body;
  }

  private ResponseEntity<Map> post(TestRestTemplate client, Object body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      return client.exchange("/api/errands", HttpMethod.POST, new HttpEntity<>(json.writeValueAsString(body), headers), Map.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> vars(Object... pairs) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], Map.of("value", pairs[i + 1]));
    }
    return Map.of("variables", map);
  }

  private List<Map<String, Object>> tasksSeenBy(String user, String instanceId) {
    return as(user).exchange("/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null, LIST).getBody();
  }

  @Test
  @DisplayName("E1 customer-service takes a cake order: 201 with the case number WT-…, the estimate kept exactly; a JSON number is read by its decimal text")
  void takesErrand() {
    Map<String, Object> body = cake();
    body.put("estimatedCost", 128.5);
    var response = post(as(newUser("customer-service")), body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) response.getBody().get("caseNumber");
    assertThat(caseNumber).matches("WT-\\d{8}-\\d{4}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/errands/" + caseNumber);
    assertThat(response.getBody()).containsEntry("errandType", "cake").containsEntry("estimatedCost", "128.50");
    String instanceId = (String) response.getBody().get("processInstanceId");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getBusinessKey()).isEqualTo(caseNumber);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getTaskDefinitionKey())
        .isEqualTo(Errand.Elements.ENTRUSTMENT);
  }

  @Test
  @DisplayName("E1 E7 where an errand stands: customer-service reads it; another group or an unknown number gets 404; no credentials 401")
  void findsErrand() {
    String kefu = newUser("customer-service");
    String caseNumber = (String) post(as(kefu), cake()).getBody().get("caseNumber");

    var found = as(newUser("customer-service")).getForEntity("/api/errands/" + caseNumber, Map.class);

    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(found.getBody()).containsEntry("caseNumber", caseNumber).containsEntry("status", "open")
        .containsEntry("errandTypeLabel", "代订蛋糕").containsEntry("estimatedCost", "268.00")
        .containsEntry("settled", null).containsEntry("tasks", List.of("填写业户服务委托单"));
    assertThat(as(newUser("warranty-service")).getForEntity("/api/errands/" + caseNumber, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(kefu).getForEntity("/api/errands/WT-19990101-9999", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/errands/" + caseNumber, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("E1 E3 a bad request is a 400 naming every bad field (negative or sub-fen amounts, unknown fields, missing details) and opens nothing")
  void badRequest() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Errand.KEY).count();
    String kefu = newUser("customer-service");
    Map<String, Object> body = cake();
    body.put("estimatedCost", "-1");
    body.remove("cakeSize");
    body.put("colour", "red");
    body.put("withCard", "yes");
    body.put("recipientPhone", "12");

    var response = post(as(kefu), body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).startsWith("委托受理有");
    assertThat((Map<String, String>) response.getBody().get("errors"))
        .containsEntry("estimatedCost", "预估费用不能为负数").containsEntry("cakeSize", "请填写蛋糕大小")
        .containsEntry("colour", "未知字段").containsEntry("withCard", "应为 true 或 false")
        .containsEntry("recipientPhone", "收取人电话格式不正确(手机11位,或带区号的固定电话)");
    Map<String, Object> subFen = cake();
    subFen.put("estimatedCost", 12.345);
    assertThat((Map<String, String>) post(as(kefu), subFen).getBody().get("errors"))
        .containsEntry("estimatedCost", "预估费用最多两位小数(精确到分)");
    assertThat(post(as(kefu), List.of(1)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Errand.KEY).count())
        .isEqualTo(before);
  }

  @Test
  @DisplayName("E1 without credentials 401; a user outside customer-service 403")
  void onlyCustomerService() {
    assertThat(post(rest, cake()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post(as(newUser("warranty-service")), cake()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(as(newUser("duty-supervisor")), cake()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("E2 E3 E4 in Tasklist: customer-service works the entrustment and deposit, a negative deposit is a 400 in Chinese, then only the duty supervisor completes 上报当值主管")
  void tasklistAuthorizations() {
    String kefu = newUser("customer-service");
    String zhuguan = newUser("duty-supervisor");
    String weixiu = newUser("warranty-service");
    Map<String, Object> form = new LinkedHashMap<>();
    cake().forEach((k, v) -> form.put(k, Map.of("value", v)));
    var started = as(kefu).postForEntity("/engine-rest/process-definition/key/owner-errand/submit-form",
        Map.of("variables", form), Map.class);
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");

    assertThat(tasksSeenBy(zhuguan, instanceId)).isEmpty();
    assertThat(tasksSeenBy(weixiu, instanceId)).isEmpty();
    var entrustment = tasksSeenBy(kefu, instanceId);
    assertThat(entrustment).singleElement().satisfies(t -> assertThat(t.get("name")).isEqualTo("填写业户服务委托单"));
    String taskId = (String) entrustment.get(0).get("id");
    assertThat(as(kefu).getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class).getBody())
        .contains("errand-entrustment", "业户服务委托单");
    assertThat(as(kefu).postForEntity("/engine-rest/task/" + taskId + "/submit-form", vars("paymentMethod", "cash",
        "deliveryAddress", "3栋2单元1101", "entrustmentSigned", true), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    String depositTask = (String) tasksSeenBy(kefu, instanceId).get(0).get("id");
    var refused = as(kefu).postForEntity("/engine-rest/task/" + depositTask + "/submit-form",
        vars("deposit", "-20", "depositReceiptNumber", "SF-1"), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("预付款不能为负数");
    assertThat(engine.getRuntimeService().getVariable(instanceId, "deposit")).isNull();
    assertThat(as(kefu).postForEntity("/engine-rest/task/" + depositTask + "/submit-form",
        vars("deposit", "300", "depositReceiptNumber", "SF-1"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getRuntimeService().getVariable(instanceId, "deposit")).isEqualTo("300.00");

    var supervisorTasks = tasksSeenBy(zhuguan, instanceId);
    assertThat(supervisorTasks).singleElement().satisfies(t -> assertThat(t.get("name")).isEqualTo("上报当值主管"));
    String supervisorTask = (String) supervisorTasks.get(0).get("id");
    // customer-service reads the case (it keeps the register) but may not act for the duty supervisor
    assertThat(as(kefu).postForEntity("/engine-rest/task/" + supervisorTask + "/submit-form",
        vars("supervisorAcknowledged", true), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasksSeenBy(weixiu, instanceId)).isEmpty();
    assertThat(as(zhuguan).postForEntity("/engine-rest/task/" + supervisorTask + "/submit-form",
        vars("supervisorAcknowledged", true), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasksSeenBy(kefu, instanceId)).singleElement() // a birthday: the supervisor prepares the blessing
        .satisfies(t -> assertThat(t.get("name")).isEqualTo("准备生日祝福并安排管理人员"));
    // customer-service keeps the errand register: it reads the case's history
    var history = as(kefu).exchange("/engine-rest/history/variable-instance?processInstanceId=" + instanceId
        + "&variableName=depositReceiptNumber", HttpMethod.GET, null, LIST).getBody();
    assertThat(history).singleElement().satisfies(v -> assertThat(v.get("value")).isEqualTo("SF-1"));
  }
}
