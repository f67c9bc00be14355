package com.huifang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.DemoSpringTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Demo mode adds one user per group, with a Chinese name and the admin's password. */
class DemoModeSpringTest extends DemoSpringTestBase {

  @Test
  @DisplayName("each group has a demo user who logs in with the admin's password")
  void demoUserPerGroup() {
    for (StaffGroup group : StaffGroup.values()) {
      String userId = DemoUsers.userIdOf(group);
      var user = identity.createUserQuery().userId(userId).singleResult();
      assertThat(user).as(group.id()).isNotNull();
      assertThat(user.getFirstName()).isEqualTo(DemoUsers.displayNameOf(group)).matches("\\p{IsHan}{2,3}");
      assertThat(identity.createUserQuery().userId(userId).memberOfGroup(group.id()).count()).isEqualTo(1);
      assertThat(identity.checkPassword(userId, PASSWORD)).isTrue();
      assertThat(user.getEmail()).as("for the e-mail notices of new tasks").isEqualTo(userId + "@huifang.example");
    }
    assertThat(as("guanjia").getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("demo mode opens revisits for customer-service: one due within the hour, one overdue; in each office")
  void demoRevisits() {
    var demo = engine.getTaskService().createTaskQuery().processDefinitionKey("owner-revisit")
        .processVariableValueEquals("demoCase", true).taskCandidateGroup("customer-service");
    assertThat(demo.list()).hasSize(5);
    assertThat(demo.list()).extracting(t -> t.getTenantId()).containsOnly("main", "bishui");
    var secondOffice = demo.list().stream().filter(t -> "bishui".equals(t.getTenantId())).toList();
    assertThat(secondOffice).hasSize(2);
    var at = new java.util.Date();
    assertThat(secondOffice).anySatisfy(t -> assertThat(t.getDueDate()).isBefore(at));
    assertThat(secondOffice).anySatisfy(t -> assertThat(t.getDueDate()).isAfter(at));
    var now = new java.util.Date();
    assertThat(demo.list()).anySatisfy(t -> assertThat(t.getDueDate()).isBefore(now));
    assertThat(demo.list()).anySatisfy(t -> assertThat(t.getDueDate()).isAfter(now)
        .isBefore(new java.util.Date(now.getTime() + 3_600_000)));
  }

  @Test
  @DisplayName("C6 demo mode opens complaints at different stages for every role, one with its answer overdue and escalated")
  void demoComplaints() {
    var tasks = engine.getTaskService();
    var demo = tasks.createTaskQuery().processDefinitionKey("complaint-handling").processVariableValueEquals("demoCase", true);
    assertThat(demo.list()).extracting(t -> t.getTaskDefinitionKey()).containsExactlyInAnyOrder(
        "UserTask_ClassifyComplaint", "UserTask_HandleSuggestion", "UserTask_AnswerOwner", "UserTask_AnswerOwner",
        "UserTask_DepartmentWork", "UserTask_DepartmentWork", "UserTask_DepartmentWork", "UserTask_DepartmentWork",
        "UserTask_DepartmentWork", "UserTask_InformAtOnce", "UserTask_InformAtOnce");
    assertThat(tasks.createTaskQuery().taskCandidateGroup("dept-engineering").taskDefinitionKey("UserTask_DepartmentWork")
        .processVariableValueEquals("demoCase", true).count()).isEqualTo(3);
    assertThat(tasks.createTaskQuery().taskCandidateGroup("customer-service").processDefinitionKey("owner-revisit")
        .taskName("回访业主").processInstanceBusinessKeyLike("TS-%").count()).isEqualTo(1);

    var now = new java.util.Date();
    var overdue = tasks.createTaskQuery().taskDefinitionKey("UserTask_AnswerOwner").dueBefore(now).singleResult();
    assertThat(overdue).isNotNull();
    // the job executor escalates it as soon as it runs; here the test runs the due job itself
    var management = engine.getManagementService();
    var deadline = management.createJobQuery().processInstanceId(overdue.getProcessInstanceId()).duedateLowerThan(now)
        .singleResult();
    management.executeJob(deadline.getId());
    assertThat(tasks.createTaskQuery().processInstanceId(overdue.getProcessInstanceId())
        .taskDefinitionKey("UserTask_EnsureOwnerAnswered").taskCandidateGroup("senior-housekeeper").count()).isEqualTo(1);
  }

  @Test
  @DisplayName("demo mode fills the owner register, so intake finds the demo owners' phones")
  void demoOwners(@org.springframework.beans.factory.annotation.Autowired com.huifang.owner.OwnerRegister owners) {
    assertThat(owners.findByUnit("3栋2单元1101")).get()
        .satisfies(o -> assertThat(o.ownerName()).isEqualTo("王建国"))
        .satisfies(o -> assertThat(o.phone()).isEqualTo("13800138000"));
    assertThat(owners.count()).isGreaterThanOrEqualTo(8);
  }
}
