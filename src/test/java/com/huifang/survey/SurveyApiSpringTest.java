package com.huifang.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.kpi.RegisterSheet;
import com.huifang.office.Office;
import com.huifang.office.OfficeRegister;
import com.huifang.owner.OwnerRegister;
import com.huifang.revisit.OwnerRevisit;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
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

/**
 * The annual customer survey on the running application (S1–S3, K7): started over the API in the project's office,
 * returns imported and recorded, the deadline's verification revisits, the results; who may start and read it.
 */
class SurveyApiSpringTest extends SpringTestBase {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired OfficeRegister offices;
  @Autowired OwnerRegister owners;

  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final String project = "调查花园" + run;
  private final String deadline = LocalDate.now(ZONE).plusDays(30).toString();
  private final List<String> started = new ArrayList<>();

  @BeforeEach
  void households() {
    owners.importCsv(new StringReader("unit,owner_name,phone,project\n"
        + "S" + run + "-101,王一,13800000001," + project + "\n"
        + "S" + run + "-102,王二,13800000002," + project + "\n"
        + "S" + run + "-103,王三,13800000003," + project + "\n"
        + "S" + run + "-104,王四,13800000004," + project + "\n"
        + "S" + run + "-105,王五,13800000005," + project + "\n"));
  }

  @AfterEach
  void endWhatWasStarted() {
    for (String id : started) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(id, "测试结束");
      }
    }
  }

  private ResponseEntity<Map> post(String user, Map<String, Object> body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var client = user == null ? rest : as(user);
    ResponseEntity<Map> answer = client.exchange("/api/surveys", HttpMethod.POST, new HttpEntity<>(body, headers),
        Map.class);
    if (answer.getStatusCode() == HttpStatus.CREATED) {
      started.add((String) answer.getBody().get("processInstanceId"));
    }
    return answer;
  }

  private ResponseEntity<Map> importCsv(String user, String number, String csv) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return as(user).exchange("/api/surveys/" + number + "/returns", HttpMethod.POST, new HttpEntity<>(csv, headers),
        Map.class);
  }

  private Task task(String processInstanceId, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(activity).singleResult();
  }

  @Test
  @DisplayName("S1 the office manager starts a project's survey over the API (201, its office's case), a second is 409;"
      + " returns imported and recorded; S2 the deadline's verification revisits make the results final; K7 return rate")
  void surveyOverTheApi() {
    String manager = newUser("office-manager");
    String clerk = newUser("customer-service");
    assertThat(post(null, Map.of("project", project, "year", 2026, "deadline", deadline)).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post(clerk, Map.of("project", project, "year", 2026, "deadline", deadline)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> bad = post(manager, Map.of("project", " ", "year", 1800, "deadline", "明天"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, Object>) bad.getBody().get("errors")).containsKeys("project", "year", "deadline");

    ResponseEntity<Map> created = post(manager, Map.of("project", project, "year", 2026, "deadline", deadline));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("surveyNumber");
    assertThat(number).startsWith("DC-");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/surveys/" + number);
    String pi = (String) created.getBody().get("processInstanceId");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult()
        .getTenantId()).isEqualTo(OfficeRegister.DEFAULT_OFFICE);
    ResponseEntity<Map> second = post(manager, Map.of("project", project, "year", 2026, "deadline", deadline));
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) second.getBody().get("message")).contains("已经发起").contains(number);

    // two returns from a spreadsheet, one wrong line refuses the whole file
    ResponseEntity<Map> wrong = importCsv(clerk, number, "房号,安全秩序,收费\nS" + run + "-101,很满意,不满意\nX" + run + ",满意,满意\n");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) wrong.getBody().get("errors")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("line", 3));
    ResponseEntity<Map> imported = importCsv(clerk, number,
        "房号,客户服务,安全秩序,清洁卫生,绿化,工程维修,收费,意见\nS" + run + "-101,很满意,满意,满意,满意,满意,不满意,物业费高\n"
            + "S" + run + "-102,满意,满意,满意,满意,满意,满意,\n");
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("imported", 2).containsEntry("households", 5);
    // a third one in Tasklist's way
    engine.getTaskService().complete(task(pi, CustomerSurvey.Elements.RECORD_RETURN).getId(), Variables.createVariables()
        .putValue("returnUnit", "S" + run + "-103").putValue("item_cleaning", "fairlySatisfied"));

    Map<String, Object> view = as(manager).getForObject("/api/surveys/" + number, Map.class);
    assertThat(view).containsEntry("returned", 3).containsEntry("returnRatePercent", 60.0)
        .containsEntry("returnTargetMet", true).containsEntry("resultsFinal", false).containsEntry("status", "collecting");

    // the deadline closes the survey: the 不满意 return and 10 % of the two others are revisited
    Job deadlineJob = engine.getManagementService().createJobQuery().processInstanceId(pi).timers()
        .activityId(CustomerSurvey.Elements.DEADLINE).singleResult();
    assertThat(deadlineJob.getDuedate()).isEqualTo(Date.from(LocalDate.parse(deadline).plusDays(1).atStartOfDay(ZONE)
        .toInstant()));
    ClockUtil.setCurrentTime(deadlineJob.getDuedate());
    engine.getManagementService().executeJob(deadlineJob.getId());
    List<ProcessInstance> revisits = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi).list();
    assertThat(revisits).hasSize(2).allSatisfy(r -> assertThat(r.getTenantId()).isEqualTo(OfficeRegister.DEFAULT_OFFICE));
    for (ProcessInstance revisit : revisits) {
      engine.getTaskService().complete(task(revisit.getId(), OwnerRevisit.Elements.CONDUCT_REVISIT).getId(),
          Variables.createVariables().putValue("revisitMethod", "phone").putValue("satisfaction", "satisfied")
              .putValue("fixEffect", "核实"));
    }
    view = as(manager).getForObject("/api/surveys/" + number, Map.class);
    assertThat(view).containsEntry("resultsFinal", true).containsEntry("toVerify", 2).containsEntry("verified", 2);
    assertThat((Map<String, Object>) view.get("projectSatisfaction")).containsEntry("dissatisfied", 1);
    assertThat(task(pi, CustomerSurvey.Elements.RECORD_CAUSES)).isNotNull();

    List<Map<String, Object>> list = as(manager).getForObject("/api/surveys", List.class);
    assertThat(list).anySatisfy(line -> assertThat(line).containsEntry("surveyNumber", number)
        .containsEntry("project", project));
    ResponseEntity<byte[]> sheet = as(clerk).getForEntity("/api/registers/surveys/" + number + ".xlsx", byte[].class);
    assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sheet.getHeaders().getContentType()).hasToString(RegisterSheet.CONTENT_TYPE);
    assertThat(sheet.getBody()).isNotEmpty();
    assertThat(as(newUser("housekeeper")).getForEntity("/api/surveys/" + number, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("S1 a project of another office: its survey is born in that office (Tasklist start names only the project),"
      + " another office's manager can neither start nor read it")
  void surveyPerOffice() {
    String officeB = "sv" + run;
    String projectB = "别院" + run;
    offices.save(new Office(officeB, "别院管理处" + run, List.of(projectB)));
    owners.importCsv(new StringReader("unit,owner_name,phone,project\nB" + run + "-1,李一,13900000001," + projectB + "\n"));
    String managerA = newUser("office-manager");
    String managerB = newUserOfNoOffice("office-manager");
    offices.addMember(officeB, managerB);

    assertThat(post(managerA, Map.of("project", projectB, "year", 2026, "deadline", deadline)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // as Tasklist's start form does: only the project, year and deadline
    ProcessInstance survey = engine.getRuntimeService().startProcessInstanceByKey(CustomerSurvey.KEY, Variables
        .createVariables().putValue("project", projectB).putValue("surveyYear", 2026L)
        .putValue("surveyDeadline", deadline).putValue("initiator", managerB));
    started.add(survey.getId());
    assertThat(survey.getTenantId()).isEqualTo(officeB);
    assertThat(as(managerB).getForEntity("/api/surveys/" + survey.getBusinessKey(), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as(managerA).getForEntity("/api/surveys/" + survey.getBusinessKey(), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    List<Map<String, Object>> listA = as(managerA).getForObject("/api/surveys", List.class);
    assertThat(listA).noneSatisfy(line -> assertThat(line).containsEntry("project", projectB));
  }
}
