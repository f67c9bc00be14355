package com.huifang.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Two staff completing (or claiming) the same task at the same moment, through the engine's REST API and
 * through Tasklist's own API: exactly one succeeds, the other gets 409 with a Chinese message, never a 500
 * (issue 9, part 1). A task that never existed is still 404. Runs on H2 and, in .ci/run, on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentCompletionSpringTest extends SpringTestBase {

  static final String KEY = "race-two-tasks";
  static final int ROUNDS = 20;

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @BeforeAll
  void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Race")
        .userTask("UserTask_First").name("第一步").camundaCandidateGroups("customer-service")
        .userTask("UserTask_Second").name("第二步").camundaCandidateGroups("customer-service")
        .endEvent("EndEvent_Race").done();
    engine.getRepositoryService().createDeployment().name("race-test").addModelInstance(KEY + ".bpmn", model).deploy();
  }

  @AfterAll
  void stop() {
    pool.shutdownNow();
  }

  private String newFirstTask() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(KEY).getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private ResponseEntity<Map> post(TestRestTemplate client, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  /** Both requests of a round start together at a barrier; returns their two answers. */
  private List<ResponseEntity<Map>> race(IntFunction<ResponseEntity<Map>> request) throws Exception {
    var barrier = new CyclicBarrier(2);
    List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int side = i;
      answers.add(pool.submit(() -> {
        barrier.await(30, TimeUnit.SECONDS);
        return request.apply(side);
      }));
    }
    List<ResponseEntity<Map>> result = new ArrayList<>();
    for (var answer : answers) {
      result.add(answer.get(60, TimeUnit.SECONDS));
    }
    return result;
  }

  private static void assertOneWinnerOneConflict(List<ResponseEntity<Map>> answers, HttpStatus success) {
    List<Integer> statuses = answers.stream().map(a -> a.getStatusCode().value()).sorted().toList();
    assertThat(statuses).as("%s", answers).containsExactly(success.value(), 409);
    Map<String, Object> conflict = answers.stream().filter(a -> a.getStatusCode().value() == 409).findFirst().orElseThrow().getBody();
    assertThat(conflict).containsEntry("type", "Conflict");
    assertThat((String) conflict.get("message")).containsPattern("[\\u4e00-\\u9fff]").doesNotContain("Exception", "\tat ");
  }

  @Test
  @DisplayName("completing one task twice at once through /engine-rest: exactly one 204 and one 409, 20 rounds")
  void concurrentCompletion() throws Exception {
    // two members of the candidate group: the loser may also be refused for want of the task's own authorization,
    // which is deleted with the task
    String[] users = {newUser("customer-service"), newUser("customer-service")};
    for (int round = 0; round < ROUNDS; round++) {
      String taskId = newFirstTask();
      var answers = race(side -> post(as(users[side]), "/engine-rest/task/" + taskId + "/complete", "{\"variables\":{}}"));
      assertOneWinnerOneConflict(answers, HttpStatus.NO_CONTENT);
      String instance = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult()
          .getProcessInstanceId();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("UserTask_Second")
          .count()).as("the process moved on exactly once").isEqualTo(1);
    }
  }

  @Test
  @DisplayName("submitting a task's form twice at once (as Tasklist does): exactly one 204 and one 409, 20 rounds")
  void concurrentFormSubmission() throws Exception {
    TestRestTemplate admin = as("admin");
    for (int round = 0; round < ROUNDS; round++) {
      String taskId = newFirstTask();
      var answers = race(side -> post(admin, "/engine-rest/engine/default/task/" + taskId + "/submit-form",
          "{\"variables\":{\"note\":{\"value\":\"side " + side + "\",\"type\":\"String\"}}}"));
      assertOneWinnerOneConflict(answers, HttpStatus.NO_CONTENT);
    }
  }

  @Test
  @DisplayName("Tasklist's own API (/camunda/api/engine): submitting one task's form twice at once gives one 204 and one 409, 20 rounds")
  void concurrentWebappSubmission() throws Exception {
    String[] users = {newUser("customer-service"), newUser("customer-service")};
    HttpHeaders[] sessions = {webappSession(users[0]), webappSession(users[1])};
    for (int round = 0; round < ROUNDS; round++) {
      String taskId = newFirstTask();
      var answers = race(side -> rest.exchange("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
          HttpMethod.POST, new HttpEntity<>("{\"variables\":{}}", sessions[side]), Map.class));
      assertOneWinnerOneConflict(answers, HttpStatus.NO_CONTENT);
    }
    // a user outside the candidate group is still refused on an open task
    String outsider = newUser("dept-greening");
    String open = newFirstTask();
    assertThat(post(as(outsider), "/engine-rest/task/" + open + "/complete", "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var unknown = rest.exchange("/camunda/api/engine/engine/default/task/no-such-task-4711/submit-form",
        HttpMethod.POST, new HttpEntity<>("{}", sessions[0]), Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** Logs the user in to Tasklist as the browser does: the session cookie, and the CSRF token for writing. */
  private HttpHeaders webappSession(String user) {
    var page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    Map<String, String> cookies = cookies(page.getHeaders(), new LinkedHashMap<>());
    HttpHeaders headers = browserHeaders(cookies);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", PASSWORD);
    var login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers),
        String.class);
    assertThat(login.getStatusCode()).as(user + " logs in to Tasklist").isEqualTo(HttpStatus.OK);
    cookies(login.getHeaders(), cookies);
    // the logged-in session's CSRF token comes with its first reading request
    var read = rest.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
        new HttpEntity<>(browserHeaders(cookies)), String.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    cookies(read.getHeaders(), cookies);
    HttpHeaders session = browserHeaders(cookies);
    session.setContentType(MediaType.APPLICATION_JSON);
    return session;
  }

  private HttpHeaders browserHeaders(Map<String, String> cookies) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    headers.add(HttpHeaders.ORIGIN, rest.getRootUri());
    headers.add(HttpHeaders.REFERER, rest.getRootUri() + "/camunda/app/tasklist/default/");
    return headers;
  }

  @Test
  @DisplayName("two users claiming one task at once: exactly one 204 and one 409, 20 rounds")
  void concurrentClaim() throws Exception {
    String[] users = {newUser("customer-service"), newUser("customer-service")};
    for (int round = 0; round < ROUNDS; round++) {
      String taskId = newFirstTask();
      var answers = race(side -> post(as(users[side]), "/engine-rest/task/" + taskId + "/claim",
          "{\"userId\":\"" + users[side] + "\"}"));
      assertOneWinnerOneConflict(answers, HttpStatus.NO_CONTENT);
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isIn((Object[]) users);
    }
  }

  @Test
  @DisplayName("completing a task that was already completed is 409; one that never existed is 404, never 500")
  void completedVersusUnknown() {
    TestRestTemplate admin = as("admin");
    String taskId = newFirstTask();
    assertThat(post(admin, "/engine-rest/task/" + taskId + "/complete", "{}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    var again = post(admin, "/engine-rest/task/" + taskId + "/complete", "{}");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).containsEntry("type", "Conflict");

    for (String action : List.of("complete", "submit-form", "claim", "resolve")) {
      var unknown = post(admin, "/engine-rest/task/no-such-task-4711/" + action, "{\"userId\":\"admin\"}");
      assertThat(unknown.getStatusCode()).as(action).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(unknown.getBody()).containsEntry("type", "NotFound");
    }
  }
}
