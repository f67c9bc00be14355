package com.huifang.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.office.Office;
import com.huifang.office.OfficeRegister;
import com.huifang.owner.OwnerRegister;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** R8 on the running application: the office manager may take a revisit over; a manager of another office may not. */
class RevisitTakeOverSpringTest extends SpringTestBase {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired OfficeRegister offices;
  @Autowired OwnerRegister owners;


  private org.springframework.http.ResponseEntity<String> post(String user, String url, Object body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  @DisplayName("R8 the office manager sees a revisit of the own office, claims it and revisits personally, recorded as "
      + "the revisitor; the office manager of another office can neither see nor claim it")
  void officeManagerTakesOver() {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String officeB = "r8" + run;
    offices.save(new Office(officeB, "碧水湾管理处" + run, List.of("碧水" + run)));
    owners.importCsv(new StringReader("unit,owner_name,phone,project\n1栋101-" + run + ",钱进,13711112222,碧水" + run + "\n"));
    String kefu = newUser("customer-service");
    String managerA = newUser("office-manager");
    String managerB = newUserOfNoOffice("office-manager");
    offices.addMember(officeB, managerB);

    var started = as(kefu).postForEntity("/engine-rest/process-definition/key/owner-revisit/submit-form",
        formVariables("ownerName", "王建国", "unit", "3栋2单元1101", "ownerPhone", "13800138000",
            "revisitCategory", "quality", "revisitSubject", "重要业主的品质回访"), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();

    // B's manager: not in the list, not by id, no claim
    assertThat(as(managerB).exchange("/engine-rest/task?candidateGroup=office-manager&processInstanceId=" + instanceId,
        HttpMethod.GET, null, LIST).getBody()).isEmpty();
    assertThat(post(managerB, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", managerB))
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

    // A's manager: offered to the group, claims and completes it personally
    assertThat(as(managerA).exchange("/engine-rest/task?candidateGroup=office-manager&processInstanceId=" + instanceId,
        HttpMethod.GET, null, LIST).getBody()).extracting(t -> t.get("id")).containsExactly(task.getId());
    assertThat(post(managerA, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", managerA))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    var done = post(managerA, "/engine-rest/task/" + task.getId() + "/submit-form",
        formVariables("revisitMethod", "onSite", "ownerSigned", true, "satisfaction", "satisfied", "fixEffect", "经理亲自上门,业主认可"));
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    var recorded = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(OwnerRevisit.Vars.REVISITED_BY.name()).singleResult();
    assertThat(recorded.getValue()).isEqualTo(managerA);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instanceId)
        .singleResult().getAssignee()).isEqualTo(managerA);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult().getState()).isEqualTo("COMPLETED");
  }
}
