package com.huifang.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** The owner revisit on the running application, through the REST API Tasklist uses, with the real beans. */
class OwnerRevisitSpringTest extends SpringTestBase {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired ApplicationContext context;


  @Test
  @DisplayName("R1 R3 R7 customer-service starts, claims and completes a revisit from its forms; an incomplete form gets 400")
  void revisitThroughRest() {
    String staff = newUser("customer-service");
    String manager = newUser("office-manager");

    var started = as(staff).postForEntity("/engine-rest/process-definition/key/owner-revisit/submit-form",
        formVariables("ownerName", "王建国", "unit", "3栋2单元1101", "ownerPhone", "13800138000",
            "revisitCategory", "accident", "revisitSubject", "家中水管爆裂处理完毕后的上门回访"), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");

    var tasks = as(staff).exchange("/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null, LIST);
    assertThat(tasks.getBody()).singleElement().satisfies(t -> assertThat(t.get("name")).isEqualTo("回访业主"));
    String taskId = (String) tasks.getBody().get(0).get("id");
    assertThat(as(staff).getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class).getBody())
        .contains("owner-revisit-conduct", "回访方式");
    assertThat(as(staff).postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", staff), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    var refused = as(staff).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
        formVariables("revisitMethod", "onSite", "satisfaction", "satisfied", "fixEffect", "已修复"), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("上门回访须有业主签名");

    var done = as(staff).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
        formVariables("revisitMethod", "onSite", "ownerSigned", true, "satisfaction", "verySatisfied", "fixEffect", "已修复",
            "serviceSuggestion", "希望加强管道巡检"), String.class);
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    var history = as(manager).exchange("/engine-rest/history/variable-instance?processInstanceId=" + instanceId,
        HttpMethod.GET, null, LIST).getBody();
    Map<String, Object> recorded = new java.util.HashMap<>();
    history.forEach(v -> recorded.put((String) v.get("name"), v.get("value")));
    assertThat(recorded).containsEntry("satisfied", true).containsEntry("revisitedBy", staff)
        .containsEntry("revisitMethodLabel", "上门回访").containsEntry("serviceSuggestion", "希望加强管道巡检");
    var instance = as(manager).getForEntity("/engine-rest/history/process-instance/" + instanceId, Map.class).getBody();
    assertThat(instance.get("state")).isEqualTo("COMPLETED");
  }

  @Test
  @DisplayName("every ${bean} in the models names a Spring bean of the application")
  void delegateBeansExist() throws Exception {
    Pattern bean = Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z0-9]+)}\"");
    for (String file : List.of("processes/owner-revisit.bpmn")) {
      Matcher m = bean.matcher(java.nio.file.Files.readString(Path.of(file)));
      while (m.find()) {
        assertThat(context.containsBean(m.group(1))).as(file + " " + m.group(1)).isTrue();
      }
    }
  }

  /** Starts and claims a revisit as {@code staff} through the REST API Tasklist uses; returns its task id. */
  private String claimedRevisit(String staff, String subject) {
    var started = as(staff).postForEntity("/engine-rest/process-definition/key/owner-revisit/submit-form",
        formVariables("ownerName", "王建国", "unit", "3栋2单元1101", "ownerPhone", "13800138000",
            "revisitCategory", "routine", "revisitSubject", subject), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String taskId = engine.getTaskService().createTaskQuery()
        .processInstanceId((String) started.getBody().get("id")).singleResult().getId();
    assertThat(as(staff).postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", staff), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return taskId;
  }

  /** Runs the revisit's asynchronous step that opens the new case (R4), and returns the case it opened. */
  private org.camunda.bpm.engine.runtime.ProcessInstance openedCase(String revisitInstanceId) {
    var management = engine.getManagementService();
    management.createJobQuery().processInstanceId(revisitInstanceId).list()
        .forEach(job -> management.executeJob(job.getId()));
    String number = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(revisitInstanceId).variableName(OwnerRevisit.Vars.FOLLOW_UP_NUMBER.name()).singleResult()
        .getValue();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
  }

  @Test
  @DisplayName("R4 P1 a repair asked for in a revisit becomes a property-repair request of the revisit's office, linked to it")
  void newRepairOpensRepairRequest() {
    String staff = newUser("customer-service");
    String taskId = claimedRevisit(staff, "楼道照明维修后回访");
    String revisitId = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    String revisitNumber = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(revisitId)
        .singleResult().getBusinessKey();

    var done = as(staff).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
        formVariables("revisitMethod", "phone", "satisfaction", "satisfied", "fixEffect", "灯已修好",
            "newIssueRaised", true, "newIssueType", "repair", "newIssueDescription", "卫生间地漏返臭",
            "newIssuePlace", "indoor", "newIssueFaultKind", "water", "newIssueUrgency", "ordinary",
            "replyAppointment", java.time.OffsetDateTime.now().plusDays(1).withNano(0).toString()), String.class);
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    var repair = openedCase(revisitId);
    assertThat(repair).isNotNull();
    assertThat(repair.getProcessDefinitionId()).startsWith("property-repair:");
    assertThat(repair.getBusinessKey()).startsWith("WX-");
    assertThat(repair.getTenantId()).isEqualTo(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(revisitId).singleResult().getTenantId()).isNotNull();
    var variables = engine.getRuntimeService().getVariables(repair.getId());
    assertThat(variables).containsEntry("channel", "revisit").containsEntry("originCaseNumber", revisitNumber)
        .containsEntry("firstContact", staff).containsEntry("faultKind", "water").containsEntry("place", "indoor")
        .containsEntry("description", "卫生间地漏返臭").containsEntry("unit", "3栋2单元1101");
    assertThat(variables.get("preferredTime")).isInstanceOf(java.util.Date.class);
  }

  @Test
  @DisplayName("R4 C1 a complaint raised in a revisit becomes a complaint of its own (channel 回访中提出), counted like any other")
  void newComplaintOpensComplaint() {
    String staff = newUser("customer-service");
    String taskId = claimedRevisit(staff, "噪音投诉处理后回访");
    String revisitId = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();

    var done = as(staff).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
        formVariables("revisitMethod", "phone", "satisfaction", "fairlySatisfied", "fixEffect", "噪音已减小",
            "newIssueRaised", true, "newIssueType", "complaint", "newIssueDescription", "地下车库积水无人处理",
            "replyAppointment", java.time.OffsetDateTime.now().plusHours(3).withNano(0).toString()), String.class);
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    var complaint = openedCase(revisitId);
    assertThat(complaint.getProcessDefinitionId()).startsWith("complaint-handling:");
    assertThat(complaint.getBusinessKey()).startsWith("TS-");
    var variables = engine.getRuntimeService().getVariables(complaint.getId());
    assertThat(variables).containsEntry("channel", "revisit").containsEntry("complaintType", "complaint")
        .containsEntry("firstContact", staff).containsEntry("description", "地下车库积水无人处理");
    assertThat(variables.get("replyAppointment")).isInstanceOf(java.util.Date.class);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId()).list())
        .extracting(org.camunda.bpm.engine.task.Task::getName).isNotEmpty();
  }
}
