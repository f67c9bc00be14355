package com.huifang.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huifang.SpringTestBase;
import com.huifang.owner.OwnerRegister;
import java.io.StringReader;
import java.util.ArrayList;
import com.huifang.identity.StaffGroup;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** C1 intake and C14 case numbers through Huifang's own API, {@code /api/complaints}. */
class ComplaintIntakeApiSpringTest extends SpringTestBase {

  @Autowired OwnerRegister owners;
  @Autowired ObjectMapper json;

  /** A unit known to the register (unique to this run) and a marker that finds this test's instances. */
  private final String unit = "3栋2单元1101-" + UUID.randomUUID().toString().substring(0, 8);
  private final String marker = "电梯异响 " + UUID.randomUUID();

  private Map<String, Object> intake() {
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "hotline");
    body.put("complaintType", "complaint");
    body.put("ownerName", "王建国");
    body.put("unit", unit);
    body.put("anonymous", false);
    body.put("replyLetterOnly", false);
    body.put("description", marker);
    body.put("ownerDeadline", "2030-01-01T10:00:00+08:00");
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
      return client.exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(text, headers), Map.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long instances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("complaint-handling")
        .variableValueEquals("description", marker).count();
  }

  private void registerOwner() {
    owners.importCsv(new StringReader("unit,owner_name,phone\n" + unit + ",王建国,13800138000\n"));
  }

  @Test
  @DisplayName("C1 C14 a complaint received through the API starts as the caller, numbered TS-yyyyMMdd-NNNN, phone from the owner register")
  void validIntake() {
    registerOwner();
    String kefu = newUser("customer-service");

    var response = post(as(kefu), intake(), null);

    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) response.getBody().get("caseNumber");
    assertThat(caseNumber).matches("TS-\\d{8}-\\d{4}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/complaints/" + caseNumber);
    var instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId((String) response.getBody().get("processInstanceId")).singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo(caseNumber);
    var variables = engine.getRuntimeService().getVariables(instance.getId());
    assertThat(variables).containsEntry("ownerPhone", "13800138000").containsEntry("initiator", kefu)
        .containsEntry("firstContact", kefu).containsEntry("caseNumber", caseNumber);
    assertThat(variables.get("ownerDeadline")).isInstanceOf(java.util.Date.class);
  }

  static Stream<Arguments> invalidFields() {
    return Stream.of(
        Arguments.of("channel", "fax"),
        Arguments.of("complaintType", "praise"),
        Arguments.of("description", "  "),
        Arguments.of("ownerName", null),
        Arguments.of("unit", ""),
        Arguments.of("ownerPhone", "12345"),
        Arguments.of("ownerDeadline", "tomorrow"),
        Arguments.of("receivedAt", "this morning"),
        Arguments.of("solvedOnTheSpot", "yes"),
        Arguments.of("onTheSpotResolution", null),
        Arguments.of("receivedAt", "2999-01-01T10:00:00+08:00"),
        Arguments.of("anonymous", "yes"),
        Arguments.of("replyLetterOnly", 1),
        Arguments.of("ownerName", 42),
        Arguments.of("description", "很".repeat(4001)),
        Arguments.of("colour", "red"),
        Arguments.of("superiorInstructions", null),
        Arguments.of("originCaseNumber", " "));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("invalidFields")
  @DisplayName("C1 C15 C16 R4 an invalid intake field (a 接待 time in the future, an on-the-spot fix without what was done) is refused with 400 naming the field, and no case is opened")
  void invalidField(String field, Object value) {
    Map<String, Object> body = intake();
    body.put(field, value);
    if (field.equals("superiorInstructions")) {
      body.put("channel", "superior"); // a superior's complaint needs the superior's instructions
    }
    if (field.equals("originCaseNumber")) {
      body.put("channel", "revisit"); // R4: a complaint raised in a revisit names the revisited case
    }
    if (field.equals("onTheSpotResolution")) {
      body.put("solvedOnTheSpot", true); // C16: solved on the spot says how
    }

    var response = post(as(newUser("customer-service")), body, "k-" + UUID.randomUUID());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsKey("message");
    assertThat((Map<String, Object>) response.getBody().get("errors")).containsOnlyKeys(field);
    assertThat(instances()).isZero();
  }

  @Test
  @DisplayName("C1 every bad field is listed at once; malformed JSON and a non-object are 400 too")
  void everyErrorAtOnce() {
    String kefu = newUser("customer-service");
    var response = post(as(kefu), Map.of("channel", "fax", "ownerPhone", "1", "anonymous", true, "x", 1), null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, Object>) response.getBody().get("errors"))
        .containsOnlyKeys("channel", "complaintType", "description", "ownerPhone", "x");

    var malformed = post(as(kefu), "{\"channel\": ", null);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).containsKey("message").doesNotContainKey("trace");
    assertThat(post(as(kefu), "[1, 2]", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(instances()).isZero();
  }

  @Test
  @DisplayName("C1 a repeat with the same Idempotency-Key gets the first answer, and opens no second case")
  void idempotencyKey() {
    String kefu = newUser("customer-service");
    String key = "intake-" + UUID.randomUUID();

    var first = post(as(kefu), intake(), key);
    var again = post(as(kefu), intake(), key);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(instances()).isEqualTo(1);

    // the key is per user: another receiver's request with the same key is its own
    assertThat(post(as(newUser("customer-service")), intake(), key).getBody()).isNotEqualTo(first.getBody());
    assertThat(instances()).isEqualTo(2);
  }

  @Test
  @DisplayName("C1 a failed start leaves no key: the corrected repeat with the same key opens the case")
  void failedStartLeavesNoKey() {
    String merchant = newUser("merchant");
    String key = "intake-" + UUID.randomUUID();
    assertThat(post(as(merchant), intake(), key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    identity.createMembership(merchant, "customer-service");
    assertThat(post(as(merchant), intake(), key).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(instances()).isEqualTo(1);
  }

  @Test
  @DisplayName("C1 two concurrent requests with one Idempotency-Key open exactly one case")
  void concurrentDuplicates() throws Exception {
    String kefu = newUser("customer-service");
    String key = "intake-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      var ready = new CountDownLatch(2);
      var go = new CountDownLatch(1);
      List<Future<ResponseEntity<Map>>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return post(as(kefu), intake(), key);
        }));
      }
      ready.await();
      go.countDown();
      var a = results.get(0).get();
      var b = results.get(1).get();

      assertThat(List.of(a.getStatusCode(), b.getStatusCode())).contains(HttpStatus.CREATED)
          .allMatch(s -> s == HttpStatus.CREATED || s == HttpStatus.CONFLICT);
      if (a.getStatusCode() == b.getStatusCode()) {
        assertThat(a.getBody()).isEqualTo(b.getBody());
      }
      assertThat(instances()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  static Stream<String> everyStaffGroup() {
    return Arrays.stream(StaffGroup.values()).filter(g -> g != StaffGroup.MERCHANT).map(StaffGroup::id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyStaffGroup")
  @DisplayName("C1 首问责任制: every staff group may register a complaint, from Tasklist's start form and the API, and is recorded as its first contact")
  void everyStaffGroupRegisters(String group) {
    String employee = newUser(group);
    // Tasklist lists the start form to this user
    var startable = as(employee).exchange("/engine-rest/process-definition?key=complaint-handling&latestVersion=true"
        + "&startableInTasklist=true&startablePermissionCheck=true", HttpMethod.GET, null, List.class).getBody();
    assertThat(startable).hasSize(1);

    var response = post(as(employee), intake(), null);

    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    var variables = engine.getRuntimeService().getVariables((String) response.getBody().get("processInstanceId"));
    assertThat(variables).containsEntry("firstContact", employee).containsEntry("initiator", employee);

    // as Tasklist submits the start form: the initiator becomes the first contact
    Map<String, Object> form = new HashMap<>();
    intake().forEach((name, value) -> form.put(name, Map.of("value", value)));
    var started = as(employee).postForEntity("/engine-rest/process-definition/key/complaint-handling/submit-form",
        Map.of("variables", form), Map.class);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getRuntimeService().getVariables((String) started.getBody().get("id")))
        .containsEntry("firstContact", employee);
  }

  @Test
  @DisplayName("without credentials the API answers 401; a merchant's staff (not the company's) gets 403 and opens nothing")
  void authentication() {
    assertThat(post(rest, intake(), null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/complaints/TS-20260101-0001", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    var refused = post(as(newUser("merchant")), intake(), null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).containsKey("message");
    assertThat(instances()).isZero();
  }

  @Test
  @DisplayName("C4 C5 the case shows its severity, deadlines and open tasks after classification; an unknown case is 404")
  void statusAfterClassification() {
    String kefu = newUser("customer-service");
    String manager = newUser("office-manager");
    String caseNumber = (String) post(as(kefu), intake(), null).getBody().get("caseNumber");

    var before = as(manager).getForEntity("/api/complaints/{n}", Map.class, caseNumber);
    assertThat(before.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(before.getBody()).containsEntry("status", "open");
    assertThat((List<Map<String, Object>>) before.getBody().get("tasks"))
        .anySatisfy(t -> assertThat(t).containsEntry("name", "确认投诉等级").containsEntry("candidateGroup", "customer-service,housekeeper"));

    Task classify = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_ClassifyComplaint").singleResult();
    Object proposed = engine.getTaskService().getVariable(classify.getId(), "proposedSeverity");
    engine.getTaskService().complete(classify.getId(), Map.of("severity", proposed));

    var after = as(manager).getForEntity("/api/complaints/{n}", Map.class, caseNumber).getBody();
    assertThat(after).containsEntry("caseNumber", caseNumber).containsEntry("status", "open")
        .containsEntry("severity", proposed);
    assertThat(after.get("severityLabel")).isNotNull();
    assertThat(after.get("answerDue")).isNotNull();
    assertThat(after.get("receivedAt")).isNotNull();
    assertThat((List<Map<String, Object>>) after.get("tasks")).extracting(t -> t.get("name")).contains("答复业主");
    assertThat((Map<String, Object>) after.get("revisit")).containsEntry("count", 0);

    // C10: customer service keeps the complaint log and reads every case; a department does not
    assertThat(as(kefu).getForEntity("/api/complaints/{n}", Map.class, caseNumber).getBody())
        .containsEntry("severity", proposed);
    assertThat(as(newUser("dept-greening")).getForEntity("/api/complaints/{n}", Map.class, caseNumber).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    var unknown = as(manager).getForEntity("/api/complaints/{n}", Map.class, "TS-19990101-0001");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsKey("message");
  }
}
