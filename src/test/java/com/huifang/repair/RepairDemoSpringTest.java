package com.huifang.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.DemoSpringTestBase;
import java.util.Date;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Demo mode opens five repair requests at different stages: one on site soon, one late, one chargeable, one to check, one to revisit. */
class RepairDemoSpringTest extends DemoSpringTestBase {

  @Test
  @DisplayName("P2 P3 P4 demo repairs: engineering due within the hour and overdue, a chargeable work order, a record to check, a revisit")
  void demoRepairs() {
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    var cases = runtime.createProcessInstanceQuery().processDefinitionKey(Repair.KEY)
        .variableValueEquals("demoCase", true).list();
    assertThat(cases).hasSize(5).allSatisfy(c -> assertThat(c.getBusinessKey()).startsWith("WX-"));
    var demo = tasks.createTaskQuery().processDefinitionKey(Repair.KEY).processVariableValueEquals("demoCase", true);
    assertThat(demo.list()).extracting(t -> t.getTaskDefinitionKey()).containsExactlyInAnyOrder(
        Repair.Elements.ARRIVE, Repair.Elements.ARRIVE, Repair.Elements.WORK_ORDER, Repair.Elements.CHECK_RECORD);
    Date now = new Date();
    var arrivals = tasks.createTaskQuery().processDefinitionKey(Repair.KEY).processVariableValueEquals("demoCase", true)
        .taskDefinitionKey(Repair.Elements.ARRIVE).taskCandidateGroup("dept-engineering").list();
    assertThat(arrivals).anySatisfy(t -> assertThat(t.getDueDate()).isBefore(now)); // 已超时
    assertThat(arrivals).anySatisfy(t -> assertThat(t.getDueDate()).isAfter(now)
        .isBefore(new Date(now.getTime() + 3_600_000))); // 即将超时
    var workOrder = demo.taskDefinitionKey(Repair.Elements.WORK_ORDER).singleResult();
    assertThat(runtime.getVariable(workOrder.getProcessInstanceId(), "chargeable")).isEqualTo(true);
    assertThat(runtime.getVariable(workOrder.getProcessInstanceId(), "agreedPrice")).isEqualTo("60.00");
    // the socket's revisit, by customer service, under its number
    assertThat(cases).anySatisfy(c -> assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(c.getId())
        .count()).isEqualTo(1));
  }
}
