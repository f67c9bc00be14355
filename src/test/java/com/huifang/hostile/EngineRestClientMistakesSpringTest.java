package com.huifang.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Client mistakes against Camunda's own REST API ({@code /engine-rest}) as a plain staff member: invalid queries,
 * forbidden serialization formats, unknown and unconvertible variable types, over the task, process-instance, history,
 * filter, authorization and variable endpoints. Each is a 4xx with a message that says what was wrong, never a 500
 * with an error reference, and no log line calls a bad request an authorization failure or logs it as an error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class EngineRestClientMistakesSpringTest extends SpringTestBase {

  record Mistake(String name, HttpMethod method, String path, String body) {
  }

  String staff;
  String taskId;
  String processInstanceId;
  String filterId;

  @BeforeAll
  void aRevisitToWorkOn() {
    staff = newUser("customer-service");
    var instance = engine.getRuntimeService().startProcessInstanceByKey("owner-revisit", Map.of("ownerName", "王建国",
        "unit", "1栋101", "revisitSubject", "维修回访", "revisitGroup", "customer-service",
        "revisitDue", new java.util.Date(System.currentTimeMillis() + 86_400_000L)));
    processInstanceId = instance.getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    taskId = task.getId();
    filterId = engine.getFilterService().createTaskFilterQuery().filterName("我组的任务").singleResult().getId();
  }

  static final String JAVA_SERIALIZED = """
      {"variables":{"x":{"value":"rO0ABXQAA2FiYw==","type":"Object",
       "valueInfo":{"objectTypeName":"java.lang.String","serializationDataFormat":"application/x-java-serialized-object"}}}}""";

  List<Mistake> corpus() {
    String task = "/engine-rest/task/" + taskId;
    String pi = "/engine-rest/process-instance/" + processInstanceId;
    List<Mistake> m = new ArrayList<>();
    // task queries
    m.add(new Mistake("task: unknown sort", HttpMethod.GET, "/engine-rest/task?sortBy=nonsense&sortOrder=asc", null));
    m.add(new Mistake("task: sort without order", HttpMethod.GET, "/engine-rest/task?sortBy=dueDate", null));
    m.add(new Mistake("task: bad date", HttpMethod.GET, "/engine-rest/task?dueBefore=tomorrow", null));
    m.add(new Mistake("task: negative page", HttpMethod.GET, "/engine-rest/task?firstResult=-5&maxResults=-1", null));
    m.add(new Mistake("task: text as page size", HttpMethod.GET, "/engine-rest/task?maxResults=many", null));
    m.add(new Mistake("task: bad variable operator", HttpMethod.GET, "/engine-rest/task?processVariables=unit_xx_1", null));
    m.add(new Mistake("task: variable filter without value", HttpMethod.GET, "/engine-rest/task?processVariables=unit_eq", null));
    m.add(new Mistake("task: like on a number", HttpMethod.POST, "/engine-rest/task",
        "{\"processVariables\":[{\"name\":\"x\",\"operator\":\"like\",\"value\":5}]}"));
    m.add(new Mistake("task: nested or-queries", HttpMethod.POST, "/engine-rest/task",
        "{\"orQueries\":[{\"orQueries\":[{\"assignee\":\"a\"}]}]}"));
    m.add(new Mistake("task: or-query with sorting", HttpMethod.POST, "/engine-rest/task",
        "{\"orQueries\":[{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}]}"));
    m.add(new Mistake("task: sort by variable without parameters", HttpMethod.POST, "/engine-rest/task",
        "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\"}]}"));
    m.add(new Mistake("task: expression in an ad-hoc query", HttpMethod.POST, "/engine-rest/task",
        "{\"dueBeforeExpression\":\"${now()}\"}"));
    m.add(new Mistake("task: candidate group and unassigned contradicting", HttpMethod.GET,
        "/engine-rest/task?candidateGroup=customer-service&candidateGroups=a,b", null));
    m.add(new Mistake("task: delegation state unknown", HttpMethod.GET, "/engine-rest/task?delegationState=MAYBE", null));
    // task variables and completion
    m.add(new Mistake("task: complete with Java serialization", HttpMethod.POST, task + "/complete", JAVA_SERIALIZED));
    m.add(new Mistake("task: unknown variable type", HttpMethod.POST, task + "/complete",
        "{\"variables\":{\"x\":{\"value\":\"1\",\"type\":\"Money\"}}}"));
    m.add(new Mistake("task: text as an integer", HttpMethod.POST, task + "/complete",
        "{\"variables\":{\"x\":{\"value\":\"abc\",\"type\":\"Integer\"}}}"));
    m.add(new Mistake("task: impossible date", HttpMethod.PUT, task + "/localVariables/x",
        "{\"value\":\"2026-13-45T99:00:00.000+0800\",\"type\":\"Date\"}"));
    m.add(new Mistake("task: object of an unknown class", HttpMethod.PUT, task + "/localVariables/x",
        "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"com.example.Nope\",\"serializationDataFormat\":\"application/json\"}}"));
    m.add(new Mistake("task: object without a format", HttpMethod.PUT, task + "/localVariables/x",
        "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"text/nonsense\"}}"));
    m.add(new Mistake("task: bad JSON value", HttpMethod.PUT, task + "/localVariables/x",
        "{\"value\":\"{not json\",\"type\":\"Json\"}"));
    m.add(new Mistake("task: local variable with Java serialization", HttpMethod.POST, task + "/localVariables",
        "{\"modifications\":" + JAVA_SERIALIZED.substring(JAVA_SERIALIZED.indexOf(':') + 1)));
    m.add(new Mistake("task: claim for nobody", HttpMethod.POST, task + "/claim", "{}"));
    m.add(new Mistake("task: form variables of a missing task", HttpMethod.GET, "/engine-rest/task/none/form-variables", null));
    // process instances and definitions
    m.add(new Mistake("process-instance: bad variable operator", HttpMethod.GET,
        "/engine-rest/process-instance?variables=unit_between_1", null));
    m.add(new Mistake("process-instance: ids not a list", HttpMethod.POST, "/engine-rest/process-instance",
        "{\"processInstanceIds\":\"abc\"}"));
    m.add(new Mistake("process-instance: unknown sort", HttpMethod.POST, "/engine-rest/process-instance",
        "{\"sorting\":[{\"sortBy\":\"nonsense\",\"sortOrder\":\"asc\"}]}"));
    m.add(new Mistake("process-instance: variable with Java serialization", HttpMethod.PUT, pi + "/variables/x",
        "{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}"));
    m.add(new Mistake("process-instance: modify with nothing", HttpMethod.POST, pi + "/modification",
        "{\"instructions\":[{\"type\":\"nonsense\"}]}"));
    m.add(new Mistake("process-definition: start with Java serialization", HttpMethod.POST,
        "/engine-rest/process-definition/key/owner-revisit/start", JAVA_SERIALIZED));
    m.add(new Mistake("process-definition: start with an unknown type", HttpMethod.POST,
        "/engine-rest/process-definition/key/owner-revisit/start", "{\"variables\":{\"x\":{\"value\":1,\"type\":\"Nope\"}}}"));
    m.add(new Mistake("process-definition: unknown key", HttpMethod.POST,
        "/engine-rest/process-definition/key/no-such-process/start", "{}"));
    m.add(new Mistake("execution: like on a number", HttpMethod.GET, "/engine-rest/execution?variables=x_like_5", null));
    // history
    m.add(new Mistake("history: bad date", HttpMethod.GET, "/engine-rest/history/process-instance?startedBefore=yesterday", null));
    m.add(new Mistake("history: unknown sort", HttpMethod.GET, "/engine-rest/history/task?sortBy=nonsense&sortOrder=asc", null));
    m.add(new Mistake("history: bad variable operator", HttpMethod.GET,
        "/engine-rest/history/variable-instance?variableValues=x_xx_1", null));
    m.add(new Mistake("history: process instance query with bad variables", HttpMethod.POST,
        "/engine-rest/history/process-instance", "{\"variables\":[{\"name\":\"x\",\"operator\":\"like\",\"value\":1}]}"));
    m.add(new Mistake("history: activity type unknown", HttpMethod.GET,
        "/engine-rest/history/activity-instance?activityType=nonsense&sortBy=nonsense", null));
    m.add(new Mistake("history: report without type", HttpMethod.GET, "/engine-rest/history/process-instance/report", null));
    m.add(new Mistake("history: duration report with a bad period", HttpMethod.GET,
        "/engine-rest/history/process-instance/report?reportType=duration&periodUnit=week", null));
    m.add(new Mistake("history: task report without type", HttpMethod.GET, "/engine-rest/history/task/report", null));
    // filters
    m.add(new Mistake("filter: list with a bad query", HttpMethod.POST, "/engine-rest/filter/" + filterId + "/list",
        "{\"sorting\":[{\"sortBy\":\"nonsense\",\"sortOrder\":\"asc\"}]}"));
    m.add(new Mistake("filter: list with an expression", HttpMethod.POST, "/engine-rest/filter/" + filterId + "/list",
        "{\"dueBeforeExpression\":\"${now()}\"}"));
    m.add(new Mistake("filter: list with a bad variable operator", HttpMethod.POST,
        "/engine-rest/filter/" + filterId + "/list", "{\"processVariables\":[{\"name\":\"x\",\"operator\":\"nope\",\"value\":1}]}"));
    m.add(new Mistake("filter: create of an unknown kind", HttpMethod.POST, "/engine-rest/filter/create",
        "{\"resourceType\":\"Nonsense\",\"name\":\"x\",\"query\":{}}"));
    m.add(new Mistake("filter: missing", HttpMethod.GET, "/engine-rest/filter/none/list", null));
    // authorizations
    m.add(new Mistake("authorization: user and group at once", HttpMethod.GET,
        "/engine-rest/authorization?userIdIn=kefu&groupIdIn=customer-service", null));
    m.add(new Mistake("authorization: unknown resource type", HttpMethod.GET, "/engine-rest/authorization?resourceType=abc", null));
    m.add(new Mistake("authorization: unknown type", HttpMethod.GET, "/engine-rest/authorization?type=9", null));
    m.add(new Mistake("authorization: check without resource", HttpMethod.GET, "/engine-rest/authorization/check?permissionName=READ", null));
    m.add(new Mistake("authorization: check of an unknown permission", HttpMethod.GET,
        "/engine-rest/authorization/check?permissionName=FLY&resourceName=task&resourceType=4", null));
    m.add(new Mistake("authorization: create empty", HttpMethod.POST, "/engine-rest/authorization/create", "{}"));
    // variables
    m.add(new Mistake("variable-instance: bad operator", HttpMethod.GET, "/engine-rest/variable-instance?variableValues=x_xx_1", null));
    m.add(new Mistake("variable-instance: like on a number", HttpMethod.POST, "/engine-rest/variable-instance",
        "{\"variableValues\":[{\"name\":\"x\",\"operator\":\"like\",\"value\":1}]}"));
    m.add(new Mistake("variable-instance: unknown sort", HttpMethod.GET,
        "/engine-rest/variable-instance?sortBy=nonsense&sortOrder=asc", null));
    m.add(new Mistake("variable-instance: missing binary", HttpMethod.GET, "/engine-rest/variable-instance/none/data", null));
    return m;
  }

  /** The mistakes Camunda's own mappers answered with 500, and what the 400 now names. */
  static final Map<String, String> ONCE_500 = Map.of(
      "task: sort by variable without parameters", "variableName",
      "task: complete with Java serialization", "Java serialization format is prohibited",
      "task: local variable with Java serialization", "Java serialization format is prohibited",
      "process-definition: start with Java serialization", "Java serialization format is prohibited",
      "authorization: user and group at once", "Cannot query for user and group authorizations at the same time",
      "authorization: create empty", "缺少必填字段 type");

  @Test
  @DisplayName("a staff member's mistakes against /engine-rest get a 4xx with a message, never a 500, and no error log")
  void clientMistakesAreFourHundreds(CapturedOutput output) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    List<String> seen = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    int logStart = output.getAll().length();
    for (Mistake mistake : corpus()) {
      ResponseEntity<String> answer = as(staff).exchange(mistake.path(), mistake.method(),
          new HttpEntity<>(mistake.body(), headers), String.class);
      int status = answer.getStatusCode().value();
      Object message = message(answer.getBody());
      seen.add(status + " " + mistake.name() + ": " + message);
      // some of these Camunda accepts (it ignores a negative page, a like on a number finds nothing): never a 5xx,
      // and every 4xx says what was wrong
      boolean refused = status >= 400;
      if (status >= 500 || refused && (message == null || String.valueOf(message).isBlank())) {
        wrong.add(status + " " + mistake.name() + " " + answer.getBody());
      }
      // the mistakes Camunda answered with 500 and an error reference: now 400 with what was wrong
      if (ONCE_500.containsKey(mistake.name()) && (status != 400 || !String.valueOf(message).contains(ONCE_500.get(mistake.name())))) {
        wrong.add("expected 400 with \"" + ONCE_500.get(mistake.name()) + "\": " + status + " " + mistake.name() + " " + answer.getBody());
      }
    }
    seen.forEach(line -> System.out.println("MISTAKE " + line));
    assertThat(wrong).as("answers that are not a 4xx with a message").isEmpty();
    String log = output.getAll().substring(logStart);
    assertThat(log).doesNotContain(" ERROR ").doesNotContainIgnoringCase("authorization failed")
        .doesNotContain("\tat org.camunda");
  }

  private static Object message(String body) {
    try {
      var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body == null ? "" : body);
      return json != null && json.has("message") ? json.get("message").asText() : null;
    } catch (java.io.IOException notJson) {
      return null;
    }
  }
}
