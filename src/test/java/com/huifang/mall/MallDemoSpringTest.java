package com.huifang.mall;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.DemoSpringTestBase;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Demo mode: two merchants on the register, their groups with the demo staff in them, four purchases at different
 * stages, and the month's scores adding up to what the scored forms recorded.
 */
class MallDemoSpringTest extends DemoSpringTestBase {

  @Test
  @DisplayName("M6 demo month: each merchant's score lines are the demo's scored forms and the total is their sum")
  void demoMonthAddsUp() {
    var history = engine.getHistoryService();
    List<String> demoCases = history.createHistoricProcessInstanceQuery().processDefinitionKey(Mall.KEY)
        .variableValueEquals("demoCase", true).list().stream().map(HistoricProcessInstance::getBusinessKey).toList();
    assertThat(demoCases).hasSize(5);
    // the demo staff are in their merchant's group
    assertThat(identity.createUserQuery().memberOfGroup(Mall.merchantGroup(DemoMall.MERCHANT_A)).userId("shanghu").count())
        .isEqualTo(1);
    assertThat(identity.createUserQuery().memberOfGroup(Mall.merchantGroup(DemoMall.MERCHANT_B)).userId("shanghu2").count())
        .isEqualTo(1);

    // every stage: waiting for the merchant, at the desk, scored
    var tasks = engine.getTaskService();
    assertThat(tasks.createTaskQuery().processDefinitionKey(Mall.FORM_KEY).taskDefinitionKey(Mall.FormElements.SERVE)
        .taskCandidateGroup(Mall.merchantGroup(DemoMall.MERCHANT_A)).count()).isEqualTo(2);
    assertThat(tasks.createTaskQuery().processDefinitionKey(Mall.FORM_KEY).taskDefinitionKey(Mall.FormElements.RECEIVE)
        .taskCandidateGroup(Mall.DESK_GROUP).count()).isEqualTo(1);
    // revisited earlier: 华美地板 rectifies two dissatisfied customers, the desk verifies two forms (R5, M5)
    assertThat(tasks.createTaskQuery().processDefinitionKey(Mall.FORM_KEY).taskDefinitionKey(Mall.FormElements.RECTIFY)
        .taskCandidateGroup(Mall.merchantGroup(DemoMall.MERCHANT_A)).count()).isEqualTo(2);
    assertThat(tasks.createTaskQuery().processDefinitionKey(Mall.FORM_KEY).taskDefinitionKey(Mall.FormElements.VERIFY)
        .taskCandidateGroup(Mall.DESK_GROUP).count()).isEqualTo(2);
    List<HistoricProcessInstance> scored = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Mall.FORM_KEY).finished().list().stream()
        .filter(f -> demoCases.stream().anyMatch(c -> f.getBusinessKey().startsWith(c + "-"))).toList();
    assertThat(scored).hasSize(3);

    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    // users of this run in the demo's groups: on PostgreSQL the demo users may carry another run's password
    String desk = newUser(Mall.DESK_GROUP);
    String staffA = newUser("merchant", Mall.merchantGroup(DemoMall.MERCHANT_A));
    String staffB = newUser("merchant", Mall.merchantGroup(DemoMall.MERCHANT_B));
    int grandTotal = 0;
    for (String merchant : List.of(DemoMall.MERCHANT_A, DemoMall.MERCHANT_B)) {
      ResponseEntity<Map> response = as(desk).getForEntity(
          "/api/mall/merchants/" + merchant + "/scores?month=" + month, Map.class);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      List<Map<String, Object>> lines = (List<Map<String, Object>>) response.getBody().get("forms");
      int sum = lines.stream().mapToInt(l -> (Integer) l.get("score")).sum();
      assertThat(response.getBody().get("total")).isEqualTo(sum);
      // each line is a scored demo form of this merchant with the score the process recorded
      for (Map<String, Object> line : lines) {
        HistoricProcessInstance form = scored.stream().filter(f -> f.getBusinessKey().equals(line.get("formNumber")))
            .findFirst().orElseThrow();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(form.getId())
            .variableName(Mall.Vars.SCORE.name()).singleResult().getValue()).isEqualTo(line.get("score"));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(form.getId())
            .variableName(Mall.Vars.MERCHANT_ID.name()).singleResult().getValue()).isEqualTo(merchant);
      }
      grandTotal += sum;
    }
    // 华美地板: delivered 100, uncertified installer 0; 金盾门窗: customer not brought to the desk 0
    assertThat(grandTotal).isEqualTo(100);
    assertThat(as(staffA).getForEntity("/api/mall/merchants/m01/scores?month=" + month, Map.class).getBody())
        .containsEntry("total", 100);
    assertThat(as(staffA).getForEntity("/api/mall/merchants/m02/scores?month=" + month, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(staffB).getForEntity("/api/mall/merchants/m02/scores?month=" + month, Map.class).getBody())
        .containsEntry("total", 0);
  }
}
