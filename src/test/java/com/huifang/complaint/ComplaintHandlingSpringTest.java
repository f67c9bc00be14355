package com.huifang.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** Complaint handling on the running application, through the REST API Tasklist uses, under authorizations. */
class ComplaintHandlingSpringTest extends SpringTestBase {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  private static Map<String, Object> vars(Object... pairs) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], Map.of("value", pairs[i + 1]));
    }
    return Map.of("variables", map);
  }

  private String onlyTask(String user, String instanceId, String expectedName) {
    var list = as(user).exchange("/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null, LIST).getBody();
    assertThat(list).extracting(t -> t.get("name")).contains(expectedName);
    String id = (String) list.stream().filter(t -> expectedName.equals(t.get("name"))).findFirst().get().get("id");
    assertThat(as(user).postForEntity("/engine-rest/task/" + id + "/claim", Map.of("userId", user), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return id;
  }

  private void submit(String user, String taskId, Map<String, Object> variables) {
    var response = as(user).postForEntity("/engine-rest/task/" + taskId + "/submit-form", variables, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  @DisplayName("C1 C4 C5 C8 C11 C18 a housekeeper carries a complaint from receipt to the owner's satisfied revisit with the forms, the engineering department reporting its result")
  void complaintThroughRest() {
    String service = newUser("customer-service");
    String housekeeper = newUser("housekeeper");
    String otherHousekeeper = newUser("dept-greening");
    String manager = newUser("office-manager");
    String engineer = newUser("dept-engineering");

    var started = as(service).postForEntity("/engine-rest/process-definition/key/complaint-handling/submit-form",
        vars("channel", "walkIn", "complaintType", "complaint", "ownerName", "王建国", "unit", "3栋2单元1101",
            "ownerPhone", "13800138000", "description", "电梯异响"), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = (String) started.getBody().get("id");
    assertThat((String) started.getBody().get("businessKey")).matches("TS-\\d{8}-\\d{4}");

    submit(housekeeper, onlyTask(housekeeper, id, "确认投诉等级"), vars("severity", "general"));
    assertThat(as(otherHousekeeper).exchange("/engine-rest/task?processInstanceId=" + id, HttpMethod.GET, null, LIST)
        .getBody()).isEmpty();
    var refused = as(housekeeper).postForEntity("/engine-rest/task/" + onlyTask(housekeeper, id, "答复业主") + "/submit-form",
        vars("answerContent", " "), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("请填写给业主的答复");
    submit(housekeeper, onlyTask(housekeeper, id, "答复业主"), vars("answerContent", "已安排工程部今日检修"));
    // C8: as Tasklist sends the dispatch form: engineering ticked with its deadline (an ISO text with offset),
    // the other departments not ticked; a ticked department without a deadline is refused with 400 first
    String dispatch = onlyTask(housekeeper, id, "派工到责任部门");
    var noDue = as(housekeeper).postForEntity("/engine-rest/task/" + dispatch + "/submit-form",
        vars("dispatchEngineering", true, "instructionsEngineering", "检修电梯导靴"), Map.class);
    assertThat(noDue.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noDue.getBody().get("message")).contains("工程部:请填写今后的完成期限");
    String due = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).withNano(0).toString();
    submit(housekeeper, dispatch, vars("dispatchEngineering", true, "dueEngineering", due,
        "instructionsEngineering", "检修电梯导靴", "dispatchSecurity", false, "dispatchCleaning", false,
        "dispatchGreening", false));
    String work = onlyTask(engineer, id, "责任部门处理并报告结果");
    assertThat(as(housekeeper).exchange("/engine-rest/task?processInstanceId=" + id, HttpMethod.GET, null, LIST)
        .getBody()).isEmpty();
    submit(engineer, work, vars("departmentResult", "已更换导靴"));
    submit(housekeeper, onlyTask(housekeeper, id, "处理投诉"),
        vars("resolution", "更换导靴", "economicLoss", 0, "causeCategory", "company"));
    // C18: customer service writes the log entry (refused without 纠正措施 and 措施结果); the office manager receives it
    String log = onlyTask(service, id, "登记客户投诉登记表");
    var incomplete = as(service).postForEntity("/engine-rest/task/" + log + "/submit-form",
        vars("logCauseAnalysis", "导靴磨损"), Map.class);
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) incomplete.getBody().get("message")).contains("请填写纠正措施");
    submit(service, log, vars("logCauseAnalysis", "导靴磨损", "logCorrectiveAction", "更换导靴并列入月检",
        "logActionResult", "电梯运行正常"));
    submit(manager, onlyTask(manager, id, "知悉投诉处理结果"), vars());

    // the revisit runs as its own instance under the same case number: customer-service finds it by the business key
    String caseNumber = (String) started.getBody().get("businessKey");
    var revisitTasks = as(service).exchange("/engine-rest/task?processDefinitionKey=owner-revisit&processInstanceBusinessKey="
        + caseNumber, HttpMethod.GET, null, LIST).getBody();
    assertThat(revisitTasks).hasSize(1);
    String revisitId = (String) revisitTasks.get(0).get("processInstanceId");
    submit(service, onlyTask(service, revisitId, "回访业主"),
        vars("revisitMethod", "phone", "satisfaction", "satisfied", "fixEffect", "电梯运行正常"));
    submit(service, onlyTask(service, id, "知会首问责任人:投诉已结案"), vars());

    var history = as(manager).getForEntity("/engine-rest/history/process-instance/" + id, Map.class).getBody();
    assertThat(history.get("state")).isEqualTo("COMPLETED");
  }

  @Test
  @DisplayName("C3 C19 a suggestion through the REST API: the senior housekeeper forwards it to the cleaning department, which reports, customer service replies, the chief housekeeper is told")
  void suggestionThroughRest() {
    String service = newUser("customer-service");
    String senior = newUser("senior-housekeeper");
    String cleaning = newUser("dept-cleaning");
    String engineer = newUser("dept-engineering");
    String chief = newUser("chief-housekeeper");

    var started = as(service).postForEntity("/engine-rest/process-definition/key/complaint-handling/submit-form",
        vars("channel", "online", "complaintType", "suggestion", "ownerName", "李华", "unit", "5栋201",
            "ownerPhone", "13900001111", "description", "建议雨天在大堂铺防滑垫"), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = (String) started.getBody().get("id");

    submit(senior, onlyTask(senior, id, "转交意见建议"),
        vars("forwardedDepartment", "dept-cleaning", "suggestionInstructions", "雨天前铺设"));
    // the chosen department's task, not another department's
    assertThat(as(engineer).exchange("/engine-rest/task?processInstanceId=" + id, HttpMethod.GET, null, LIST)
        .getBody()).isEmpty();
    submit(cleaning, onlyTask(cleaning, id, "落实意见建议并报告"), vars("actionTaken", "已购置防滑垫,雨天铺设"));
    submit(service, onlyTask(service, id, "答复业主意见建议"), vars("suggestionReply", "已电话告知业主"));
    submit(chief, onlyTask(chief, id, "知悉意见建议落实情况"), vars());

    var history = as(service).getForEntity("/engine-rest/history/process-instance/" + id, Map.class).getBody();
    assertThat(history.get("state")).isEqualTo("COMPLETED");
  }
}
