package com.huifang.errand;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.DemoSpringTestBase;
import java.util.Date;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Demo mode opens six errands at different stages, so kefu and zhuguan have work, some of it late. */
class ErrandDemoSpringTest extends DemoSpringTestBase {

  @Test
  @DisplayName("E2 E4 E6 E7 E10 demo errands: a form to fill, two supervisor tasks (one a day late), a call to an owner in hospital, a refund to settle, a delivery about to be late")
  void demoErrands() {
    var runtime = engine.getRuntimeService();
    var cases = runtime.createProcessInstanceQuery().processDefinitionKey(Errand.KEY)
        .variableValueEquals("demoCase", true).list();
    assertThat(cases).hasSize(6);
    String[] keys = cases.stream().map(c -> c.getBusinessKey()).toArray(String[]::new);
    var tasks = engine.getTaskService();
    assertThat(tasks.createTaskQuery().processDefinitionKey(Errand.KEY).processInstanceBusinessKeyIn(keys)
        .taskCandidateGroup(Errand.GROUP).list()).extracting(t -> t.getTaskDefinitionKey())
        .containsExactlyInAnyOrder(Errand.Elements.ENTRUSTMENT, Errand.Elements.CALL_OWNER, Errand.Elements.SETTLE,
            Errand.Elements.DELIVER);
    assertThat(tasks.createTaskQuery().processDefinitionKey(Errand.KEY).processInstanceBusinessKeyIn(keys)
        .taskCandidateGroup(Errand.SUPERVISOR_GROUP).taskDefinitionKey(Errand.Elements.INFORM_SUPERVISOR).count()).isEqualTo(2);
    var settle = tasks.createTaskQuery().processInstanceBusinessKeyIn(keys).taskDefinitionKey(Errand.Elements.SETTLE).singleResult();
    assertThat(runtime.getVariable(settle.getExecutionId(), "settlementDirection")).isEqualTo("refund");
    assertThat(runtime.getVariable(settle.getExecutionId(), "settlementAmount")).isEqualTo("31.50");
    // the late one: its timer falls due within minutes of the start
    var late = engine.getManagementService().createJobQuery().activityId(Errand.Elements.DELIVERY_LATE)
        .processInstanceId(tasks.createTaskQuery().processInstanceBusinessKeyIn(keys)
            .taskDefinitionKey(Errand.Elements.DELIVER).singleResult().getProcessInstanceId()).singleResult();
    assertThat(late.getDuedate()).isBefore(new Date(System.currentTimeMillis() + 3 * 60_000));
  }
}
