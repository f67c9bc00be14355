package com.huifang.accident;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** S6 on the running application, through the REST API Tasklist uses. */
class AccidentRevisitSpringTest extends SpringTestBase {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};


  @Test
  @DisplayName("S6 customer service reports an accident from Tasklist; the office manager gets 知悉业主家中重大事故; staff record on site and the aftermath revisit with its forms; the case closes")
  void accidentThroughTasklist() {
    String kefu = newUser("customer-service");
    String manager = newUser("office-manager");

    var started = as(kefu).postForEntity("/engine-rest/process-definition/key/accident-revisit/submit-form",
        formVariables("ownerName", "王建国", "unit", "3栋2单元1101", "ownerPhone", "13800138000", "accidentKind", "gas",
            "accidentDescription", "厨房燃气软管脱落"), Map.class);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String instance = (String) started.getBody().get("id");

    List<Map<String, Object>> managersTasks = as(manager).exchange("/engine-rest/task?processInstanceId=" + instance
        + "&candidateGroup=office-manager", HttpMethod.GET, null, LIST).getBody();
    assertThat(managersTasks).extracting(t -> t.get("name")).contains("知悉业主家中重大事故");
    Task onSite = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(Accident.Elements.ON_SITE).singleResult();
    assertThat(as(kefu).getForEntity("/engine-rest/task/" + onSite.getId() + "/deployed-form", String.class).getBody())
        .contains("accident-on-site", "现场应急处理措施");
    var refused = as(kefu).postForEntity("/engine-rest/task/" + onSite.getId() + "/submit-form", formVariables(), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as(kefu).postForEntity("/engine-rest/task/" + onSite.getId() + "/submit-form",
        formVariables("emergencyMeasures", "关闭燃气总阀,开窗通风"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Task aftermath = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(Accident.Elements.AFTERMATH).singleResult();
    as(kefu).postForEntity("/engine-rest/task/" + aftermath.getId() + "/claim", Map.of("userId", kefu), String.class);
    var done = as(kefu).postForEntity("/engine-rest/task/" + aftermath.getId() + "/submit-form",
        formVariables("aftermath", "更换燃气软管", "accidentCause", "软管老化", "safetyAdvice", "用后关阀", "hazardsChecked",
            "检查同楼层燃气软管", "preventiveMeasures", "每年更换软管", "ownerSigned", true, "satisfaction", "verySatisfied"),
        String.class);
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    Task notice = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(Accident.Elements.INFORM_MANAGER).singleResult();
    as(manager).postForEntity("/engine-rest/task/" + notice.getId() + "/claim", Map.of("userId", manager), String.class);
    assertThat(as(manager).postForEntity("/engine-rest/task/" + notice.getId() + "/submit-form",
        formVariables("managerInstructions", "全面排查"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getState()).isEqualTo("COMPLETED");
  }
}
