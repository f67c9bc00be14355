package com.huifang.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.owner.OwnerRegister;
import com.huifang.quality.RoutineQualityRevisit;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 27 (1): a case started by a company-wide timer belongs to an office. The monthly routine quality revisit
 * starts one draw per office; each draws its own office's projects only, and the revisits it calls are that office's
 * cases (a called case is always in its caller's office), so office B's customer-service center, and only it, works
 * B's revisits.
 */
class TimerStartedCasesOfficeSpringTest extends SpringTestBase {

  @Autowired OfficeRegister offices;
  @Autowired OwnerRegister owners;

  @Test
  @DisplayName("issue 27 (1): the monthly routine revisit draws per office; B's draw holds B's household only and its "
      + "revisit is B's case: B's customer service sees it, A's does not")
  void routineRevisitsPerOffice() {
    TestOffice b = TestOffice.create(offices, owners, "r", "锦江管理处", "锦江", "5栋501-", "周强", "13711114444");
    String officeB = b.id();
    String projectB = b.project();
    String unitB = b.unit();
    String kefuB = b.member(newUserOfNoOffice("customer-service"));
    String kefuA = newUser("customer-service");
    var runtime = engine.getRuntimeService();
    List<String> before = runtime.createProcessInstanceQuery().processDefinitionKey(RoutineQualityRevisit.KEY).list()
        .stream().map(ProcessInstance::getId).toList();

    // as the monthly timer does: the first step after the timer start event
    runtime.createProcessInstanceByKey(RoutineQualityRevisit.KEY)
        .startBeforeActivity(RoutineQualityRevisit.Elements.START_OFFICE_DRAWS).execute();
    List<ProcessInstance> draws = runtime.createProcessInstanceQuery().processDefinitionKey(RoutineQualityRevisit.KEY)
        .list().stream().filter(p -> !before.contains(p.getId())).toList();
    try {
      List<ProcessInstance> drawsOfB = draws.stream().filter(p -> officeB.equals(p.getTenantId())).toList();
      assertThat(drawsOfB).as("one draw for office B").hasSize(1);
      assertThat((String) runtime.getVariable(drawsOfB.get(0).getId(), "routineRevisitDrawn"))
          .isEqualTo(projectB + ": " + unitB);
      ProcessInstance revisitOfB = runtime.createProcessInstanceQuery()
          .superProcessInstanceId(drawsOfB.get(0).getId()).singleResult();
      assertThat(revisitOfB.getTenantId()).isEqualTo(officeB);
      assertThat(runtime.getVariable(revisitOfB.getId(), "unit")).isEqualTo(unitB);
      for (ProcessInstance other : draws) {
        if (other != drawsOfB.get(0)) {
          assertThat((String) runtime.getVariable(other.getId(), "routineRevisitDrawn"))
              .as("another office's draw").doesNotContain(unitB);
        }
      }

      Task taskOfB = engine.getTaskService().createTaskQuery().processInstanceId(revisitOfB.getId()).singleResult();
      assertThat(taskOfB.getTenantId()).isEqualTo(officeB);
      assertThat(as(kefuB).getForEntity("/engine-rest/task/{id}", String.class, taskOfB.getId()).getStatusCode().value())
          .isEqualTo(200);
      assertThat(as(kefuA).getForEntity("/engine-rest/task/{id}", String.class, taskOfB.getId()).getStatusCode().value())
          .as("office A's customer service does not see B's revisit").isEqualTo(404);
    } finally {
      draws.forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
    }
  }

  @Test
  @DisplayName("issue 27 (4) C20: the weekly complaint analysis runs per office: B's analysis counts B's complaints of "
      + "last week only and is B's senior housekeeper's task, not A's")
  void weeklyAnalysisPerOffice() {
    TestOffice b = TestOffice.create(offices, owners, "w", "青山管理处", "青山", "7栋701-", "郑敏", "13711115555");
    String officeB = b.id();
    String unitB = b.unit();
    String run = b.run();
    String kefuB = b.member(newUserOfNoOffice("customer-service"));
    String seniorB = b.member(newUserOfNoOffice("senior-housekeeper"));
    String seniorA = newUser("senior-housekeeper");
    var runtime = engine.getRuntimeService();

    // two complaints of B's unit received last week
    java.time.ZonedDateTime lastWeek = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
        .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(1)
        .withHour(10).withMinute(0);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(lastWeek.toInstant()));
    for (int i = 0; i < 2; i++) {
      var received = postComplaint(kefuB, complaintRequest("郑敏", unitB, "13711115555", "电梯异响 " + run + i));
      assertThat(received.getStatusCode().value()).as("%s", received.getBody()).isEqualTo(201);
    }
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();

    List<String> before = runtime.createProcessInstanceQuery().processDefinitionKey("weekly-complaint-analysis").list()
        .stream().map(ProcessInstance::getId).toList();
    runtime.createProcessInstanceByKey("weekly-complaint-analysis")
        .startBeforeActivity("ServiceTask_StartOfficeAnalyses").execute();
    List<ProcessInstance> analyses = runtime.createProcessInstanceQuery().processDefinitionKey("weekly-complaint-analysis")
        .list().stream().filter(p -> !before.contains(p.getId())).toList();
    try {
      ProcessInstance ofB = analyses.stream().filter(p -> officeB.equals(p.getTenantId())).findFirst().orElseThrow();
      assertThat(runtime.getVariable(ofB.getId(), "weeklyReceivedCount")).isEqualTo(2);
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(ofB.getId()).singleResult();
      assertThat(task.getTenantId()).isEqualTo(officeB);
      assertThat(as(seniorB).getForEntity("/engine-rest/task/{id}", String.class, task.getId()).getStatusCode().value())
          .isEqualTo(200);
      assertThat(as(seniorA).getForEntity("/engine-rest/task/{id}", String.class, task.getId()).getStatusCode().value())
          .as("office A's senior housekeeper does not see B's analysis").isEqualTo(404);
      assertThat(analyses).extracting(ProcessInstance::getTenantId).contains(OfficeRegister.DEFAULT_OFFICE)
          .doesNotHaveDuplicates();
    } finally {
      analyses.forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
    }
  }
}
