package com.huifang.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huifang.SpringTestBase;
import com.huifang.engine.InvalidInput;
import com.huifang.engine.TenantlessCases;
import com.huifang.owner.OwnerRegister;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 27: each management office is a Camunda tenant, every case gets its office, and staff of one office cannot
 * see, claim or complete the other's work through the engine's REST API or Huifang's API, nor read its history; the
 * general manager (a company role) sees both.
 */
class OfficeSeparationSpringTest extends SpringTestBase {

  @Autowired OfficeRegister offices;
  @Autowired OwnerRegister owners;
  @Autowired TenantlessCases tenantless;
  @Autowired JdbcTemplate jdbc;

  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  /** Office B: a new office with its own project and unit; office A is the default office. */
  private final String officeB = "b" + run;
  private final String projectB = "碧水" + run;
  private final String unitB = "1栋101-" + run;
  private Deployment deployment;

  @BeforeEach
  void officeB() {
    offices.save(new Office(officeB, "碧水湾管理处" + run, List.of(projectB)));
    owners.importCsv(new StringReader("unit,owner_name,phone,project\n" + unitB + ",钱进,13711112222," + projectB + "\n"));
  }

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  private String userOfB(String... groups) {
    String id = newUserOfNoOffice(groups);
    offices.addMember(officeB, id);
    return id;
  }

  private ResponseEntity<Map> intake(String user, String unit) {
    return postComplaint(user, complaintRequest("钱进", unit, "13711112222", "楼道灯不亮 " + run));
  }

  private String tenantOf(String processInstanceId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getTenantId();
  }

  private List<Map<String, Object>> list(String user, String url, Object... args) {
    ResponseEntity<List> response = as(user).getForEntity(url, List.class, args);
    assertThat(response.getStatusCode()).as("%s %s", url, response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<String> post(String user, String url, Object body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  @DisplayName("issue 27 (1, 3): a complaint of office B's unit is B's; A's housekeeper cannot see, claim or complete "
      + "its task, nor read its case or history, through /engine-rest or /api; B's staff and the general manager can")
  void otherOfficesCaseIsInvisible() {
    String kefuB = userOfB("customer-service");
    String housekeeperB = userOfB("housekeeper");
    String housekeeperA = newUser("housekeeper");
    String kefuA = newUser("customer-service");
    String managerA = newUser("office-manager");
    String generalManager = newUserOfNoOffice("general-manager");

    var received = intake(kefuB, unitB);
    assertThat(received.getStatusCode()).as("%s", received.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) received.getBody().get("caseNumber");
    String instance = (String) received.getBody().get("processInstanceId");
    assertThat(tenantOf(instance)).isEqualTo(officeB);
    Task classify = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(classify.getTenantId()).isEqualTo(officeB);
    assertThat(classify.getName()).isEqualTo("确认投诉等级");

    String tasks = "/engine-rest/task?processInstanceBusinessKey={n}";
    assertThat(list(housekeeperA, tasks, caseNumber)).isEmpty();
    assertThat(list(kefuA, tasks, caseNumber)).isEmpty();
    assertThat(list(housekeeperB, tasks, caseNumber)).extracting(t -> t.get("id")).containsExactly(classify.getId());
    assertThat(list(generalManager, tasks, caseNumber)).extracting(t -> t.get("id")).containsExactly(classify.getId());
    assertThat(as(housekeeperA).getForEntity("/engine-rest/task/{id}", String.class, classify.getId()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // A's housekeeper may not claim or complete it, even knowing its id
    assertThat(post(housekeeperA, "/engine-rest/task/" + classify.getId() + "/claim", Map.of("userId", housekeeperA))
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(post(housekeeperA, "/engine-rest/task/" + classify.getId() + "/complete",
        Map.of("variables", Map.of("severity", Map.of("value", "general")))).getStatusCode().is2xxSuccessful()).isFalse();
    Task still = engine.getTaskService().createTaskQuery().taskId(classify.getId()).singleResult();
    assertThat(still).isNotNull();
    assertThat(still.getAssignee()).isNull();

    // nor read the case or its history
    String history = "/engine-rest/history/process-instance?processInstanceBusinessKey={n}";
    assertThat(list(housekeeperA, history, caseNumber)).isEmpty();
    assertThat(list(managerA, history, caseNumber)).isEmpty();
    assertThat(list(generalManager, history, caseNumber)).hasSize(1);
    assertThat(list(housekeeperA, "/engine-rest/history/task?processInstanceId={id}", instance)).isEmpty();
    assertThat(list(managerA, "/engine-rest/process-instance?businessKey={n}", caseNumber)).isEmpty();
    assertThat(as(kefuA).getForEntity("/api/complaints/{n}", Map.class, caseNumber).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(kefuB).getForEntity("/api/complaints/{n}", Map.class, caseNumber).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    // B's housekeeper claims it
    assertThat(post(housekeeperB, "/engine-rest/task/" + classify.getId() + "/claim", Map.of("userId", housekeeperB))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getTaskService().createTaskQuery().taskId(classify.getId()).singleResult().getAssignee())
        .isEqualTo(housekeeperB);
  }

  @Test
  @DisplayName("issue 27 (1, 3): a case of the default office (unit in no office's project) is invisible to office B")
  void defaultOfficesCaseIsInvisibleToB() {
    String kefuA = newUser("customer-service");
    String housekeeperB = userOfB("housekeeper");
    String generalManager = newUserOfNoOffice("general-manager");

    var received = intake(kefuA, "无主房号-" + run);
    assertThat(received.getStatusCode()).as("%s", received.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) received.getBody().get("caseNumber");
    assertThat(tenantOf((String) received.getBody().get("processInstanceId"))).isEqualTo(OfficeRegister.DEFAULT_OFFICE);

    String tasks = "/engine-rest/task?processInstanceBusinessKey={n}";
    assertThat(list(housekeeperB, tasks, caseNumber)).isEmpty();
    assertThat(list(kefuA, tasks, caseNumber)).hasSize(1);
    assertThat(list(generalManager, tasks, caseNumber)).hasSize(1);
  }

  @Test
  @DisplayName("issue 27 (1): without a known unit the case is the office named (officeId), else the starter's own "
      + "office; an unknown office is refused")
  void officeNamedOrStarters() {
    deployment = engine.getRepositoryService().createDeployment().name("tenant-test-" + run)
        .addModelInstance("callee.bpmn", Bpmn.createExecutableProcess("tenant-callee" + run)
            .camundaHistoryTimeToLive(1).startEvent().receiveTask("ReceiveTask_Wait").endEvent().done())
        .deploy();
    String key = "tenant-callee" + run;

    ProcessInstance named = engine.getRuntimeService().startProcessInstanceByKey(key, Map.of("officeId", officeB));
    assertThat(named.getTenantId()).isEqualTo(officeB);

    var byStarter = intake(userOfB("customer-service"), "无主房号-" + run);
    assertThat(byStarter.getStatusCode()).as("%s", byStarter.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(tenantOf((String) byStarter.getBody().get("processInstanceId"))).isEqualTo(officeB);

    ProcessInstance nobody = engine.getRuntimeService().startProcessInstanceByKey(key);
    assertThat(nobody.getTenantId()).isEqualTo(OfficeRegister.DEFAULT_OFFICE);

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(key, Map.of("officeId", "nowhere")))
        .isInstanceOf(InvalidInput.Refused.class).hasMessageContaining("管理处不存在");
  }

  @Test
  @DisplayName("issue 27 (1): a case called by another (call activity) is in the caller's office, whatever its unit")
  void calledCaseInCallersOffice() {
    String callee = "tenant-callee" + run;
    String caller = "tenant-caller" + run;
    deployment = engine.getRepositoryService().createDeployment().name("tenant-test-" + run)
        .addModelInstance("callee.bpmn", Bpmn.createExecutableProcess(callee).camundaHistoryTimeToLive(1)
            .startEvent().receiveTask("ReceiveTask_Wait").endEvent().done())
        .addModelInstance("caller.bpmn", Bpmn.createExecutableProcess(caller).camundaHistoryTimeToLive(1)
            .startEvent().callActivity("CallActivity_Callee").calledElement(callee).camundaIn("unit", "unit")
            .endEvent().done())
        .deploy();

    ProcessInstance parent = engine.getRuntimeService().startProcessInstanceByKey(caller,
        Map.of("officeId", officeB, "unit", "3栋2单元1101"));
    ProcessInstance child = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId())
        .singleResult();
    assertThat(parent.getTenantId()).isEqualTo(officeB);
    assertThat(child.getTenantId()).isEqualTo(officeB);
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(child.getId())
        .activityId("ReceiveTask_Wait").singleResult().getTenantId()).isEqualTo(officeB);
  }

  @Test
  @DisplayName("issue 27 (6): cases from before offices (no tenant) move into the default office, runtime and "
      + "history, once; then the default office's staff see them and another office's do not")
  void tenantlessCasesMoveToDefaultOffice() {
    String key = "tenant-old" + run;
    deployment = engine.getRepositoryService().createDeployment().name("tenant-test-" + run)
        .addModelInstance("old.bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
            .startEvent().userTask("UserTask_Old").name("旧案件").camundaCandidateGroups("housekeeper").endEvent().done())
        .deploy();
    ProcessInstance old = engine.getRuntimeService().startProcessInstanceByKey(key, "OLD-" + run, Map.of("note", "旧"));
    // as a database from before offices holds it: no tenant on any of its rows
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_HI_PROCINST",
        "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST")) {
      jdbc.update("update " + table + " set TENANT_ID_ = null where PROC_INST_ID_ = ?", old.getId());
    }
    String housekeeperA = newUser("housekeeper");
    String housekeeperB = userOfB("housekeeper");
    assertThat(list(housekeeperB, "/engine-rest/task?processInstanceBusinessKey={n}", "OLD-" + run))
        .as("a case of no tenant is visible to every office").hasSize(1);

    assertThat(tenantless.assignTo(OfficeRegister.DEFAULT_OFFICE)).isGreaterThanOrEqualTo(1);
    assertThat(tenantless.count()).isZero();
    assertThat(tenantless.assignTo(OfficeRegister.DEFAULT_OFFICE)).as("nothing left the second time").isZero();

    HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(old.getId()).singleResult();
    assertThat(history.getTenantId()).isEqualTo(OfficeRegister.DEFAULT_OFFICE);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(old.getId()).singleResult().getTenantId())
        .isEqualTo(OfficeRegister.DEFAULT_OFFICE);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(old.getId())
        .variableName("note").singleResult().getTenantId()).isEqualTo(OfficeRegister.DEFAULT_OFFICE);
    assertThat(list(housekeeperB, "/engine-rest/task?processInstanceBusinessKey={n}", "OLD-" + run)).isEmpty();
    assertThat(list(housekeeperA, "/engine-rest/task?processInstanceBusinessKey={n}", "OLD-" + run)).hasSize(1);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).singleResult()
        .getTenantId()).as("definitions stay shared").isNull();
  }

  private String instanceOf(String office) {
    if (deployment == null) {
      deployment = engine.getRepositoryService().createDeployment().name("tenant-test-" + run)
          .addModelInstance("case.bpmn", Bpmn.createExecutableProcess("tenant-case" + run).camundaHistoryTimeToLive(1)
              .startEvent().receiveTask("ReceiveTask_Wait").endEvent().done())
          .deploy();
    }
    return engine.getRuntimeService().startProcessInstanceByKey("tenant-case" + run, Map.of("officeId", office)).getId();
  }

  private void closedComplaint(String instance, boolean revisited) {
    jdbc.update("""
        insert into hf_kpi_complaint (proc_inst_id, closed_at, is_complaint, severity, revisitable, revisited,
          answered_in_time, resolved_in_time) values (?, ?, true, 'general', true, ?, true, true)""",
        instance, java.sql.Timestamp.valueOf("2031-03-10 10:00:00"), revisited);
  }

  private Map<String, Object> revisitRate(String user, String query) {
    ResponseEntity<Map> response = as(user).getForEntity("/api/kpis?from=2031-03-01&to=2031-04-01" + query, Map.class);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return (Map<String, Object>) response.getBody().get("revisitRate");
  }

  @Test
  @DisplayName("issue 27 (3, 4): K1 per office: each office manager reads their own office's figures, the general "
      + "manager the company's or one office's; another office's figures are refused")
  void kpisPerOffice() {
    closedComplaint(instanceOf(OfficeRegister.DEFAULT_OFFICE), true);
    closedComplaint(instanceOf(officeB), false);
    closedComplaint(instanceOf(officeB), false);
    jdbc.update("""
        insert into hf_kpi_revisit (task_id, proc_inst_id, completed_at, method, owner_signed, satisfaction)
        values (?, ?, ?, 'onSite', true, 'satisfied')""", "t" + run, instanceOf(officeB),
        java.sql.Timestamp.valueOf("2031-03-11 10:00:00"));
    String managerA = newUser("office-manager");
    String managerB = userOfB("office-manager");
    String generalManager = newUserOfNoOffice("general-manager");

    assertThat(revisitRate(managerA, "")).containsEntry("numerator", 1).containsEntry("denominator", 1);
    assertThat(revisitRate(managerB, "")).containsEntry("numerator", 0).containsEntry("denominator", 2);
    assertThat(revisitRate(generalManager, "")).containsEntry("numerator", 1).containsEntry("denominator", 3);
    assertThat(revisitRate(generalManager, "&office=" + officeB)).containsEntry("denominator", 2);
    assertThat((Map<String, Object>) as(managerB).getForEntity("/api/kpis?from=2031-03-01&to=2031-04-01", Map.class)
        .getBody().get("onSiteWithSignature")).containsEntry("numerator", 1).containsEntry("denominator", 1);
    assertThat((Map<String, Object>) as(managerA).getForEntity("/api/kpis?from=2031-03-01&to=2031-04-01", Map.class)
        .getBody().get("onSiteWithSignature")).containsEntry("denominator", 0);

    var refused = as(managerA).getForEntity("/api/kpis?from=2031-03-01&to=2031-04-01&office=" + officeB, Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) refused.getBody().get("message")).contains("无权查看该管理处");
    assertThat(as(newUserOfNoOffice("office-manager")).getForEntity("/api/kpis", Map.class).getStatusCode())
        .as("a manager of no office").isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String complaintLog(String user, String query) throws java.io.IOException {
    var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    ResponseEntity<byte[]> response = as(user).getForEntity("/api/registers/complaints.xlsx?from=" + today + "&to="
        + today.plusDays(1) + query, byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    StringBuilder text = new StringBuilder();
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(response.getBody()))) {
      book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell).append('|')));
    }
    return text.toString();
  }

  @Test
  @DisplayName("issue 27 (3, 4): the complaint log (客户投诉登记表) per office: each office's customer service exports "
      + "its own cases only, the general manager the company's")
  void complaintLogPerOffice() throws Exception {
    String kefuA = newUser("customer-service");
    String kefuB = userOfB("customer-service");
    String caseA = (String) intake(kefuA, "无主房号-" + run).getBody().get("caseNumber");
    String caseB = (String) intake(kefuB, unitB).getBody().get("caseNumber");

    assertThat(complaintLog(kefuA, "")).contains(caseA).doesNotContain(caseB);
    assertThat(complaintLog(kefuB, "")).contains(caseB).doesNotContain(caseA);
    String generalManager = newUserOfNoOffice("general-manager");
    assertThat(complaintLog(generalManager, "")).contains(caseA, caseB);
    assertThat(complaintLog(generalManager, "&office=" + officeB)).contains(caseB).doesNotContain(caseA);
  }

  @Test
  @DisplayName("issue 27 (6): on the first start with offices every user of no office joins the default office, "
      + "except the company roles; a user of another office stays there")
  void officelessUsersJoinDefaultOffice(@Autowired OfficeSetup setup) {
    String before = newUserOfNoOffice("housekeeper");
    String generalManager = newUserOfNoOffice("general-manager");
    String ofB = userOfB("housekeeper");

    setup.officelessUsersJoinDefaultOffice();

    assertThat(offices.officesOf(before)).containsExactly(OfficeRegister.DEFAULT_OFFICE);
    assertThat(identity.createTenantQuery().userMember(generalManager).count()).as("directly").isZero();
    assertThat(offices.officesOf(generalManager)).as("through the group").contains(OfficeRegister.DEFAULT_OFFICE, officeB);
    assertThat(offices.officesOf(ofB)).containsExactly(officeB);
  }

  @Test
  @DisplayName("issue 27 (1): the office chosen at intake (officeId) decides over the unit's; an unknown office is "
      + "refused with 400 naming the field, and no case is opened")
  void officeChosenAtIntake() {
    String generalManager = newUserOfNoOffice("general-manager", "customer-service");
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "hotline");
    body.put("complaintType", "complaint");
    body.put("ownerName", "王建国");
    body.put("unit", "3栋2单元1101");
    body.put("description", "转交管理处 " + run);
    body.put("officeId", officeB);
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> received = as(generalManager).exchange("/api/complaints", HttpMethod.POST,
        new HttpEntity<>(body, headers), Map.class);
    assertThat(received.getStatusCode()).as("%s", received.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(tenantOf((String) received.getBody().get("processInstanceId"))).isEqualTo(officeB);

    body.put("officeId", "nowhere");
    body.put("description", "无此管理处 " + run);
    ResponseEntity<Map> refused = as(generalManager).exchange("/api/complaints", HttpMethod.POST,
        new HttpEntity<>(body, headers), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().toString()).contains("officeId", "管理处不存在");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .variableValueEquals("description", "无此管理处 " + run).count()).isZero();
  }

  @Test
  @DisplayName("issue 27 (1): in Tasklist's start forms (complaint and repair intake) a company role names the office "
      + "by its name; an unknown one is refused with 400 listing the offices, and no case is opened")
  void officeNamedInTasklistStartForm() {
    String generalManager = newUserOfNoOffice("general-manager", "customer-service");
    assertThat(as(generalManager).getForEntity("/engine-rest/process-definition/key/complaint-handling/deployed-start-form",
        String.class).getBody()).contains("\"officeId\"", "管理处");
    assertThat(as(generalManager).getForEntity("/engine-rest/process-definition/key/property-repair/deployed-start-form",
        String.class).getBody()).contains("\"officeId\"", "管理处");

    var complaint = post(generalManager, "/engine-rest/process-definition/key/complaint-handling/submit-form",
        Map.of("variables", Map.of("channel", Map.of("value", "hotline"), "complaintType", Map.of("value", "complaint"),
            "ownerName", Map.of("value", "王建国"), "unit", Map.of("value", "9栋901-" + run),
            "description", Map.of("value", "名册外房号 " + run), "officeId", Map.of("value", "碧水湾管理处" + run))));
    assertThat(complaint.getStatusCode()).as(complaint.getBody()).isEqualTo(HttpStatus.OK);
    var started = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .variableValueEquals("description", "名册外房号 " + run).singleResult();
    assertThat(started.getTenantId()).isEqualTo(officeB);

    var repair = post(generalManager, "/engine-rest/process-definition/key/property-repair/submit-form",
        Map.of("variables", Map.of("channel", Map.of("value", "hotline"), "ownerName", Map.of("value", "王建国"),
            "unit", Map.of("value", "9栋901-" + run), "place", Map.of("value", "public"),
            "faultKind", Map.of("value", "power"), "urgency", Map.of("value", "ordinary"),
            "description", Map.of("value", "走廊灯不亮 " + run), "officeId", Map.of("value", "不存在的管理处"))));
    assertThat(repair.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(repair.getBody()).contains("管理处不存在", "碧水湾管理处" + run + "(" + officeB + ")");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .variableValueEquals("description", "走廊灯不亮 " + run).count()).isZero();
  }

  @Test
  @DisplayName("C2 issue 27 (5): a complaint of an office with office hours of its own is received by that office's "
      + "hours; the default office keeps the company's (around the clock in the tests)")
  void officeHoursPerOffice() {
    var now = java.time.LocalTime.now(java.time.ZoneId.of("Asia/Shanghai"));
    // hours that do not include the present moment
    var opens = now.getHour() < 12 ? java.time.LocalTime.of(13, 0) : java.time.LocalTime.of(1, 0);
    offices.save(new Office(officeB, "碧水湾管理处" + run, List.of(projectB), opens, opens.plusHours(1)));
    String kefuA = newUser("customer-service");
    String kefuB = userOfB("customer-service");

    String caseB = (String) intake(kefuB, unitB).getBody().get("processInstanceId");
    String caseA = (String) intake(kefuA, "无主房号-" + run).getBody().get("processInstanceId");

    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(caseB)
        .variableName("receivedInOfficeHours").singleResult().getValue()).isEqualTo(false);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(caseA)
        .variableName("receivedInOfficeHours").singleResult().getValue()).isEqualTo(true);
    assertThat(offices.find(officeB)).get().satisfies(o -> assertThat(o.opens()).isEqualTo(opens));
  }

  @Test
  @DisplayName("issue 27 (1): a repair reported after a warranty case has ended is a case of the warranty case's office, "
      + "even when the reporter works for several offices")
  void repairAfterWarrantyStaysInTheCasesOffice() {
    String weixiuB = userOfB("warranty-service");
    String weixiuOfBoth = userOfB("warranty-service");
    offices.addMember(OfficeRegister.DEFAULT_OFFICE, weixiuOfBoth);
    Map<String, Object> registration = new HashMap<>();
    registration.put("projectName", "9栋909 室内装饰工程 " + run);
    registration.put("ownerName", "钱进");
    registration.put("unit", "9栋909-" + run);   // a unit the owner register does not know: the registrar's office
    registration.put("ownerPhone", "13711112222");
    registration.put("handoverDate", java.time.LocalDate.now().minusDays(50).toString());
    registration.put("warrantyYears", 1);
    registration.put("workKinds", List.of("tile"));
    ResponseEntity<Map> created = as(weixiuB).exchange("/api/warranties", HttpMethod.POST,
        new HttpEntity<>(registration, jsonHeaders()), Map.class);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) created.getBody().get("caseNumber");
    String caseId = (String) created.getBody().get("processInstanceId");
    assertThat(tenantOf(caseId)).isEqualTo(officeB);
    // a year and more later: the warranty has ended
    java.util.Date end = (java.util.Date) engine.getRuntimeService().getVariable(caseId, "warrantyEnd");
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(end.toInstant().plusSeconds(3600)));

    String weixiuA = newUser("warranty-service");
    assertThat(as(weixiuA).exchange("/api/warranties/" + caseNumber + "/repairs", HttpMethod.POST,
        new HttpEntity<>(Map.of("faultDescription", "墙砖空鼓 " + run), jsonHeaders()), Map.class).getStatusCode())
        .as("office A's warranty service does not find B's case").isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> repair = as(weixiuOfBoth).exchange("/api/warranties/" + caseNumber + "/repairs", HttpMethod.POST,
        new HttpEntity<>(Map.of("faultDescription", "墙砖空鼓 " + run), jsonHeaders()), Map.class);
    assertThat(repair.getStatusCode()).as("%s", repair.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(repair.getBody()).containsEntry("inWarranty", false);
    assertThat(tenantOf((String) repair.getBody().get("processInstanceId"))).isEqualTo(officeB);
  }

  private static HttpHeaders jsonHeaders() {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  @Test
  @DisplayName("issue 27 (3): an office's owners are its own: A's customer service cannot look up or import a unit of "
      + "B's project (404, 400 naming the line, nothing written); B's staff and the general manager can")
  void ownersOfAnotherOfficeAreOutOfReach() {
    String kefuA = newUser("customer-service");
    String kefuB = userOfB("customer-service");
    String generalManager = newUserOfNoOffice("general-manager");
    assertThat(as(kefuA).getForEntity("/api/owners/{unit}", Map.class, unitB).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(kefuB).getForEntity("/api/owners/{unit}", Map.class, unitB).getBody()).containsEntry("ownerName", "钱进");
    assertThat(as(generalManager).getForEntity("/api/owners/{unit}", Map.class, unitB).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    String newUnitB = "1栋102-" + run;
    var csv = new HttpHeaders();
    csv.setContentType(MediaType.parseMediaType("text/csv"));
    ResponseEntity<String> refused = as(kefuA).exchange("/api/owners/import", HttpMethod.POST, new HttpEntity<>(
        ("unit,owner_name,phone,project\n" + unitB + ",冒名,13900000000," + projectB + "\n"
            + newUnitB + ",冒名,13900000000," + projectB + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), csv),
        String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("不属于您所在的管理处").contains("\"line\":2").contains("\"line\":3");
    assertThat(owners.findByUnit(unitB).orElseThrow().ownerName()).isEqualTo("钱进");
    assertThat(owners.findByUnit(newUnitB)).isEmpty();

    ResponseEntity<String> accepted = as(kefuB).exchange("/api/owners/import", HttpMethod.POST, new HttpEntity<>(
        ("unit,owner_name,phone,project\n" + newUnitB + ",吴昊,13900000001," + projectB + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8), csv), String.class);
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(owners.findByUnit(newUnitB).orElseThrow().ownerName()).isEqualTo("吴昊");
  }
}
