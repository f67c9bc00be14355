package com.huifang.identity;

import com.huifang.engine.StartupSequence;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.revisit.OwnerRevisit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** Groups, authorizations and Tasklist filters as the platform sets them up at every start. */
class IdentitySetupSpringTest extends SpringTestBase {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired StartupSequence startup;
  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;

  private ProcessInstance revisitFor(String group, Date due) {
    return engine.getRuntimeService().startProcessInstanceByKey(OwnerRevisit.KEY, Variables.createVariables()
        .putValue("ownerName", "王建国").putValue("unit", "1栋101").putValue("revisitSubject", "维修回访")
        .putValue("revisitGroup", group).putValue("revisitDue", due));
  }

  private List<String> taskIdsSeenBy(String user) {
    var body = as(user).exchange("/engine-rest/task?maxResults=1000", HttpMethod.GET, null, LIST).getBody();
    return body.stream().map(t -> (String) t.get("id")).toList();
  }

  private String taskOf(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
  }

  @Test
  @DisplayName("every staff group of SPEC Roles exists with its Chinese name")
  void groupsWithChineseNames() {
    for (StaffGroup group : StaffGroup.values()) {
      var stored = identity.createGroupQuery().groupId(group.id()).singleResult();
      assertThat(stored).as(group.id()).isNotNull();
      assertThat(stored.getName()).isEqualTo(group.chineseName());
    }
    assertThat(identity.createGroupQuery().groupId("customer-service").singleResult().getName()).isEqualTo("客户服务中心");
  }

  @Test
  @DisplayName("a housekeeper cannot see a senior housekeeper's task; the senior housekeeper can, and may work it")
  void groupsSeeOnlyTheirOwnTasks() {
    String housekeeper = newUser("housekeeper");
    String senior = newUser("senior-housekeeper");
    ProcessInstance pi = revisitFor("senior-housekeeper", new Date());
    String taskId = taskOf(pi);

    assertThat(taskIdsSeenBy(housekeeper)).doesNotContain(taskId);
    assertThat(as(housekeeper).getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(as(housekeeper).postForEntity("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", housekeeper), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(taskIdsSeenBy(senior)).contains(taskId);
    assertThat(as(senior).postForEntity("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", senior), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  @DisplayName("a group starts only the processes it owns: customer-service starts a revisit, a housekeeper may not")
  void onlyOwnersStartProcesses() {
    var start = Map.of("variables", Map.of(
        "ownerName", Map.of("value", "李娜"), "unit", Map.of("value", "5栋801"),
        "revisitSubject", Map.of("value", "日常品质回访")));
    String service = newUser("customer-service");
    String housekeeper = newUser("housekeeper");

    assertThat(as(housekeeper).postForEntity("/engine-rest/process-definition/key/owner-revisit/submit-form",
        start, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var started = as(service).postForEntity("/engine-rest/process-definition/key/owner-revisit/submit-form",
        start, Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) started.getBody().get("businessKey")).matches("HF-\\d{8}-\\d{4}");

    var startable = as(housekeeper).exchange("/engine-rest/process-definition?startableInTasklist=true&startablePermissionCheck=true",
        HttpMethod.GET, null, LIST).getBody();
    assertThat(startable).extracting(d -> d.get("key")).doesNotContain("owner-revisit");
  }

  @Test
  @DisplayName("office-manager and general-manager read every instance and its history, and change nothing but R8's take-over of a revisit")
  void managersReadEverythingChangeNothing() {
    ProcessInstance pi = revisitFor("housekeeper", new Date());
    String taskId = taskOf(pi);
    for (String group : List.of("office-manager", "general-manager")) {
      String manager = newUser(group);
      var instances = as(manager).exchange("/engine-rest/process-instance?maxResults=1000", HttpMethod.GET, null, LIST);
      assertThat(instances.getBody()).extracting(i -> i.get("id")).contains(pi.getId());
      var historic = as(manager).exchange("/engine-rest/history/process-instance?processInstanceId=" + pi.getId(),
          HttpMethod.GET, null, LIST);
      assertThat(historic.getBody()).hasSize(1);
      assertThat(as(manager).getForEntity("/engine-rest/process-definition/key/owner-revisit/xml", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.OK);

      assertThat(as(manager).exchange("/engine-rest/process-instance/" + pi.getId() + "/suspended", HttpMethod.PUT,
          new HttpEntity<>(Map.of("suspended", true)), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(as(manager).exchange("/engine-rest/process-instance/" + pi.getId(), HttpMethod.DELETE, null,
          String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      // R8 (issue 19): the office manager may take a revisit over (RevisitTakeOverSpringTest); the general manager not
      assertThat(as(manager).postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", manager),
          String.class).getStatusCode())
          .isEqualTo(group.equals("office-manager") ? HttpStatus.NO_CONTENT : HttpStatus.FORBIDDEN);
      assertThat(authorizations.isUserAuthorized(manager, List.of(group), Permissions.ACCESS, Resources.APPLICATION,
          "cockpit")).isTrue();
    }
    String housekeeper = newUser("housekeeper");
    assertThat(authorizations.isUserAuthorized(housekeeper, List.of("housekeeper"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizations.isUserAuthorized(housekeeper, List.of("housekeeper"), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().isSuspended()).isFalse();
  }

  @Test
  @DisplayName("every staff group sees the four filters; due-soon and overdue show the right tasks, by due date, with case number, owner and unit")
  @SuppressWarnings("unchecked")
  void roleFilters() {
    Instant now = Instant.parse("2026-11-23T02:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    String group = "dept-greening";
    String member = newUser(group);
    ProcessInstance soon = revisitFor(group, Date.from(now.plus(30, ChronoUnit.MINUTES)));
    ProcessInstance late = revisitFor(group, Date.from(now.minus(2, ChronoUnit.HOURS)));
    ProcessInstance later = revisitFor(group, Date.from(now.plus(1, ChronoUnit.DAYS)));

    var visible = as(member).exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, LIST).getBody();
    assertThat(visible).extracting(f -> f.get("name"))
        .contains(TaskFilters.MY_TASKS, TaskFilters.GROUP_TASKS, TaskFilters.DUE_SOON, TaskFilters.OVERDUE);

    assertThat(filterList(member, TaskFilters.GROUP_TASKS)).containsSubsequence(taskOf(late), taskOf(soon), taskOf(later));
    assertThat(filterList(member, TaskFilters.DUE_SOON)).contains(taskOf(soon)).doesNotContain(taskOf(late), taskOf(later));
    assertThat(filterList(member, TaskFilters.OVERDUE)).contains(taskOf(late)).doesNotContain(taskOf(soon), taskOf(later));
    assertThat(filterList(member, TaskFilters.MY_TASKS)).isEmpty();
    engine.getTaskService().claim(taskOf(later), member);
    assertThat(filterList(member, TaskFilters.MY_TASKS)).containsExactly(taskOf(later));

    Filter groupTasks = filters.createTaskFilterQuery().filterName(TaskFilters.GROUP_TASKS).singleResult();
    assertThat(groupTasks.getProperties()).containsKey("variables");
    assertThat(groupTasks.getProperties().get("variables").toString()).contains("caseNumber", "ownerName", "unit");

    // the columns are filled for a member who may read the task but not the whole process instance
    var headers = new org.springframework.http.HttpHeaders();
    headers.setAccept(List.of(org.springframework.http.MediaType.parseMediaType("application/hal+json")));
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    Map<?, ?> hal = as(member).exchange("/engine-rest/filter/" + groupTasks.getId() + "/list?maxResults=1000",
        HttpMethod.POST, new HttpEntity<>(Map.of(), headers), Map.class).getBody();
    List<Map<?, ?>> halTasks = (List<Map<?, ?>>) ((Map<?, ?>) hal.get("_embedded")).get("task");
    Map<?, ?> shown = halTasks.stream().filter(t -> taskOf(soon).equals(t.get("id"))).findFirst().orElseThrow();
    List<Map<?, ?>> columns = (List<Map<?, ?>>) ((Map<?, ?>) shown.get("_embedded")).get("variable");
    assertThat(columns.stream().map(v -> String.valueOf(v.get("name"))).toList()).contains("caseNumber", "ownerName", "unit");
    assertThat(as(member).getForEntity("/engine-rest/process-instance/" + soon.getId() + "/variables", String.class)
        .getStatusCode()).as("the instance itself stays closed to the member").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("Issue 21: Tasklist's request (sorted by due date, as tasklist/scripts/huifang-sorting.js asks) lists 我组的任务 "
      + "and 已超时 soonest first, a task without a due date last, for every staff group")
  void tasklistOrderForEveryGroup() throws Exception {
    Instant now = Instant.now();
    var sorted = new HttpEntity<>(Map.of("sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc"))));
    for (StaffGroup group : StaffGroup.values()) {
      String member = newUser(group.id());
      ProcessInstance undated = revisitFor(group.id(), Date.from(now.plus(2, ChronoUnit.DAYS)));
      var task = engine.getTaskService().createTaskQuery().processInstanceId(undated.getId()).singleResult();
      task.setDueDate(null);
      engine.getTaskService().saveTask(task);
      ProcessInstance later = revisitFor(group.id(), Date.from(now.plus(1, ChronoUnit.DAYS)));
      ProcessInstance overdue = revisitFor(group.id(), Date.from(now.minus(1, ChronoUnit.HOURS)));
      ProcessInstance longOverdue = revisitFor(group.id(), Date.from(now.minus(5, ChronoUnit.HOURS)));

      List<String> listed = filterList(member, TaskFilters.GROUP_TASKS, sorted);
      assertThat(listed).as(group.id())
          .containsSubsequence(taskOf(longOverdue), taskOf(overdue), taskOf(later), taskOf(undated));
      assertThat(listed.get(listed.size() - 1)).as("%s: the task without a due date comes last", group.id())
          .isEqualTo(taskOf(undated));
      assertThat(filterList(member, TaskFilters.OVERDUE, sorted)).as(group.id())
          .containsSubsequence(taskOf(longOverdue), taskOf(overdue)).doesNotContain(taskOf(later), taskOf(undated));
    }
    // the application's own H2 database sorts a missing value as the tests' (and PostgreSQL) do
    try (var yaml = getClass().getResourceAsStream("/application.yaml")) {
      assertThat(new String(yaml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .containsPattern("url: jdbc:h2:file:\\S*;DEFAULT_NULL_ORDERING=HIGH");
    }
  }

  private List<String> filterList(String user, String filterName) {
    return filterList(user, filterName, new HttpEntity<>(Map.of()));
  }

  private List<String> filterList(String user, String filterName, HttpEntity<?> request) {
    String id = filters.createTaskFilterQuery().filterName(filterName).singleResult().getId();
    var body = as(user).exchange("/engine-rest/filter/" + id + "/list?maxResults=1000", HttpMethod.POST,
        request, LIST).getBody();
    return body.stream().map(t -> (String) t.get("id")).toList();
  }

  @Test
  @DisplayName("set-up is idempotent: a second start adds no group, filter or authorization")
  void setupIsIdempotent() throws Exception {
    long groups = identity.createGroupQuery().count();
    long filterCount = filters.createFilterQuery().count();
    long grants = authorizations.createAuthorizationQuery().count();

    startup.run(null); // every start-up step again, as a second start does

    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
  }
}
