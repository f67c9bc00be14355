package com.huifang.specialrevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.CaseNumberService;
import com.huifang.engine.CaseTenants;
import com.huifang.engine.HuifangProperties;
import com.huifang.owner.OwnerContact;
import com.huifang.owner.OwnerRegister;
import com.huifang.revisit.OwnerRevisit;
import com.huifang.revisit.RevisitBeansForTests;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The special revisit campaign (S5) on a plain engine with the shared owner revisit; the owner register mocked. */
@Deployment(resources = {"processes/special-revisit.bpmn", "forms/special-revisit-start.form",
    "processes/owner-revisit.bpmn", "forms/owner-revisit-start.form",
    "forms/owner-revisit-conduct.form", "forms/owner-revisit-rectify.form",
    "processes/task-due-defaults.dmn"})
class SpecialRevisitProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept("owner-revisit");

  private static OwnerContact owner(String unit, String name, String project) {
    return new OwnerContact(unit, name, "13800138000", project, Instant.EPOCH);
  }

  @BeforeEach
  void beans() {
    ProcessTests.begin(engine.getProcessEngine());
    CaseNumberService caseNumbers = TestCaseNumbers.sequential("20261123");
    new RevisitBeansForTests(caseNumbers, new HuifangProperties(null, null, null)).registerAll();
    OwnerRegister owners = mock(OwnerRegister.class);
    when(owners.byProject()).thenReturn(Map.of("翠湖苑", List.of(owner("3栋101", "王建国", "翠湖苑"),
        owner("3栋102", "李四", "翠湖苑"), owner("5栋201", "赵六", "翠湖苑"))));
    when(owners.findByUnit("3栋101")).thenReturn(Optional.of(owner("3栋101", "王建国", "翠湖苑")));
    when(owners.findByUnit("B1-1")).thenReturn(Optional.of(owner("B1-1", "钱进", "碧水湾")));
    CaseTenants offices = mock(CaseTenants.class);
    when(offices.defaultTenant()).thenReturn("main");
    when(offices.ofProject("翠湖苑")).thenReturn(Optional.empty());
    when(offices.ofProject("碧水湾")).thenReturn(Optional.of("bishui"));
    Mocks.register("prepareSpecialRevisitListener",
        new PrepareSpecialRevisitListener(new SpecialRevisitSteps(owners, offices), caseNumbers));
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  private static VariableMap campaign() {
    return Variables.createVariables().putValue("specialReason", "newCharge")
        .putValue("specialSubject", "自下月起增收电梯运行费,每户每月20元").putValue("initiator", "jingli");
  }

  private ProcessInstance start(VariableMap variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(SpecialRevisit.KEY, variables);
  }

  @Test
  @DisplayName("S5 the office manager's campaign over one building of a project gives each household of it an owner revisit; it ends when every owner is revisited and satisfied")
  void buildingOfProject() {
    ProcessInstance campaign = start(campaign().putValue("specialProject", "翠湖苑").putValue("specialBuilding", "3栋"));

    assertThat(campaign.getBusinessKey()).isEqualTo("ZX-20261123-0001");
    assertThat(campaign).isWaitingAt(SpecialRevisit.Elements.REVISIT).variables()
        .containsEntry("specialHouseholdCount", 2).containsEntry("specialReasonLabel", "增加新的服务收费项目");
    List<ProcessInstance> revisits = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(campaign.getId()).list();
    assertThat(revisits).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder("ZX-20261123-0001-001", "ZX-20261123-0001-002");
    for (ProcessInstance revisit : revisits) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(revisit.getId()).singleResult();
      assertThat(task.getTaskDefinitionKey()).isEqualTo(OwnerRevisit.Elements.CONDUCT_REVISIT);
      assertThat(engine.getRuntimeService().getVariable(revisit.getId(), "revisitSubject"))
          .isEqualTo("专项回访(增加新的服务收费项目):自下月起增收电梯运行费,每户每月20元");
      assertThat(engine.getRuntimeService().getVariable(revisit.getId(), "revisitCategory")).isEqualTo("special");
      engine.getTaskService().complete(task.getId(), Map.of("revisitMethod", "phone", "satisfaction", "satisfied",
          "fixEffect", "业主了解收费标准"));
    }

    assertThat(campaign).isEnded().hasPassed(SpecialRevisit.Elements.END);
  }

  @Test
  @DisplayName("S5 pasted units are revisited as given; units the register lacks are refused by name")
  void pastedUnits() {
    assertThatThrownBy(() -> start(campaign().putValue("specialUnits", "3栋101\n9栋999,9栋998")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("9栋999、9栋998");

    ProcessInstance campaign = start(campaign().putValue("specialReason", "moveIn").putValue("specialUnits", " 3栋101 \n"));
    assertThat(campaign).isWaitingAt(SpecialRevisit.Elements.REVISIT).variables()
        .containsEntry("specialHouseholdCount", 1);
  }

  @Test
  @DisplayName("S5 a campaign without reason, subject or households is refused field by field")
  void refused() {
    assertThatThrownBy(() -> start(Variables.createVariables().putValue("specialReason", "party")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请选择专项回访的事由")
        .hasMessageContaining("请填写回访事项").hasMessageContaining("请选择项目");
    assertThatThrownBy(() -> start(campaign().putValue("specialProject", "翠湖苑").putValue("specialBuilding", "8栋")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("没有住户");
  }
}
