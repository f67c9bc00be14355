package com.huifang.specialrevisit;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.office.Office;
import com.huifang.office.OfficeRegister;
import com.huifang.owner.OwnerRegister;
import com.huifang.revisit.OwnerRevisit;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** S5 on the running application: the office manager organises a campaign in Tasklist and follows its progress. */
class SpecialRevisitSpringTest extends SpringTestBase {

  @Autowired OwnerRegister owners;
  @Autowired OfficeRegister offices;


  @Test
  @DisplayName("S5 the office manager starts a move-in campaign over a project's households; each gets an owner revisit of the "
      + "office; GET /api/special-revisits/{number} shows households, revisited and done; another office's units are refused")
  void campaignAndProgress() {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String project = "翠湖" + run;
    owners.importCsv(new StringReader("unit,owner_name,phone,project\n"
        + "1栋101-" + run + ",王建国,13800138000," + project + "\n"
        + "1栋102-" + run + ",李四,13900139000," + project + "\n"
        + "2栋101-" + run + ",赵六,13700137000," + project + "\n"));
    String officeB = "s5" + run;
    offices.save(new Office(officeB, "碧水湾管理处" + run, List.of("碧水" + run)));
    owners.importCsv(new StringReader("unit,owner_name,phone,project\nB1-" + run + ",钱进,13711112222,碧水" + run + "\n"));
    String manager = newUser("office-manager");
    String kefu = newUser("customer-service");

    var refused = as(manager).postForEntity("/engine-rest/process-definition/key/special-revisit/submit-form",
        formVariables("specialReason", "moveIn", "specialSubject", "入住拜访", "specialUnits", "1栋101-" + run + "\nB1-" + run),
        Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("B1-" + run).doesNotContain("1栋101-" + run + "、");

    var started = as(manager).postForEntity("/engine-rest/process-definition/key/special-revisit/submit-form",
        formVariables("specialReason", "moveIn", "specialSubject", "欢迎入住,征询对物业服务的意见", "specialProject", project,
            "specialBuilding", "1栋"), Map.class);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");
    String number = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult().getBusinessKey();
    assertThat(number).startsWith("ZX-");

    var progress = as(kefu).getForEntity("/api/special-revisits/" + number, Map.class);
    assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(progress.getBody()).containsEntry("households", 2).containsEntry("revisited", 0).containsEntry("done", 0)
        .containsEntry("reasonLabel", "客户正式入住后拜访").containsEntry("state", "进行中");

    // customer service revisits the first household
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number + "-001").singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(OwnerRevisit.Elements.CONDUCT_REVISIT);
    engine.getTaskService().claim(task.getId(), kefu);
    engine.getTaskService().complete(task.getId(), Map.of("revisitMethod", "onSite", "ownerSigned", true,
        "satisfaction", "verySatisfied", "fixEffect", "业主对入住服务满意"));

    Map<String, Object> after = as(manager).getForEntity("/api/special-revisits/" + number, Map.class).getBody();
    assertThat(after).containsEntry("households", 2).containsEntry("revisited", 1).containsEntry("done", 1);
    List<Map<String, Object>> households = (List<Map<String, Object>>) after.get("revisits");
    assertThat(households).extracting(h -> h.get("unit")).containsExactly("1栋101-" + run, "1栋102-" + run);
    assertThat(households.get(0)).containsEntry("lastSatisfaction", "很满意").containsEntry("rounds", 1);

    assertThat(as(newUser("dept-engineering")).getForEntity("/api/special-revisits/" + number, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    String managerB = newUserOfNoOffice("office-manager");
    offices.addMember(officeB, managerB);
    assertThat(as(managerB).getForEntity("/api/special-revisits/" + number, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
