package com.huifang.accident;

import static com.huifang.accident.Accident.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.huifang.ProcessTests;
import com.huifang.TestCaseNumbers;
import com.huifang.engine.HuifangProperties;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The accident revisit (S6) on a plain engine with its real listeners. */
@Deployment(resources = {"processes/accident-revisit.bpmn", "forms/accident-revisit-start.form",
    "forms/accident-manager-notice.form", "forms/accident-on-site.form", "forms/accident-aftermath.form",
    "processes/task-due-defaults.dmn"})
class AccidentRevisitProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept();

  private TaskService tasks;

  @BeforeEach
  void beans() {
    ProcessTests.begin(engine.getProcessEngine());
    tasks = engine.getTaskService();
    var steps = new AccidentSteps();
    Mocks.register("prepareAccidentRevisitListener",
        new PrepareAccidentRevisitListener(steps, TestCaseNumbers.sequential("20261123")));
    Mocks.register("recordAccidentStepListener", new RecordAccidentStepListener(steps, new HuifangProperties(null, null, null)));
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  private ProcessInstance report() {
    return engine.getRuntimeService().startProcessInstanceByKey(Accident.KEY, Variables.createVariables()
        .putValue("ownerName", "王建国").putValue("unit", "3栋2单元1101").putValue("ownerPhone", "13800138000")
        .putValue("accidentKind", "water").putValue("accidentDescription", "楼上水管爆裂,客厅被淹")
        .putValue("initiator", "kefu"));
  }

  private Task task(ProcessInstance pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private static Map<String, Object> aftermath() {
    var values = new java.util.HashMap<String, Object>();
    values.put("aftermath", "协助业主清理积水,协调楼上业主赔偿");
    values.put("accidentCause", "楼上业主私改水管,接头老化爆裂");
    values.put("safetyAdvice", "外出关闭总阀,定期检查软管");
    values.put("hazardsChecked", "检查同单元各户水管接头,更换两处老化软管");
    values.put("preventiveMeasures", "每季度巡查管道,装修审批时检查水管改造");
    values.put("satisfaction", "satisfied");
    return values;
  }

  @Test
  @DisplayName("S6 an accident gets its own steps: the office manager is told at once while staff go on site; the aftermath revisit records cause, safety advice, hazards checked, preventive measures and the owner's signature")
  void accidentRevisit() {
    ProcessInstance pi = report();

    assertThat(pi.getBusinessKey()).isEqualTo("SG-20261123-0001");
    assertThat(pi).isWaitingAt(INFORM_MANAGER, ON_SITE).variables().containsEntry("accidentKindLabel", "水浸/漏水");
    assertThat(task(pi, INFORM_MANAGER)).hasCandidateGroup("office-manager");
    assertThat(task(pi, ON_SITE)).hasCandidateGroup("customer-service")
        .hasDueDate(Date.from(ProcessTests.NOW.plusSeconds(30 * 60)));

    tasks.complete(task(pi, ON_SITE).getId(), Map.of("emergencyMeasures", "关闭总阀,排水,切断电源"));
    assertThat(pi).variables().containsEntry("arrivedOnSiteAt", Date.from(ProcessTests.NOW));
    Task revisit = task(pi, AFTERMATH);
    assertThat(revisit).hasCandidateGroup("customer-service").hasCandidateGroup("office-manager");
    tasks.claim(revisit.getId(), "kefu");
    var signed = new java.util.HashMap<>(aftermath());
    signed.put("ownerSigned", true);
    tasks.complete(revisit.getId(), signed);
    assertThat(pi).isWaitingAt(INFORM_MANAGER);

    tasks.complete(task(pi, INFORM_MANAGER).getId(), Map.of("managerInstructions", "全面排查同类隐患"));
    assertThat(pi).isEnded().hasPassed(END).variables().containsEntry("revisitedBy", "kefu")
        .containsEntry("preventiveMeasures", "每季度巡查管道,装修审批时检查水管改造");
  }

  @Test
  @DisplayName("S6 R2 the aftermath revisit without every step, or without the owner's signature or attitude, is refused; an owner who refuses to sign has the attitude recorded")
  void aftermathNeedsEveryStep() {
    ProcessInstance pi = report();
    assertThatThrownBy(() -> tasks.complete(task(pi, ON_SITE).getId(), Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请填写现场应急处理措施");
    tasks.complete(task(pi, ON_SITE).getId(), Map.of("emergencyMeasures", "关闭总阀"));

    var incomplete = new java.util.HashMap<>(aftermath());
    incomplete.remove("accidentCause");
    incomplete.remove("hazardsChecked");
    assertThatThrownBy(() -> tasks.complete(task(pi, AFTERMATH).getId(), incomplete))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请填写查明的事故原因")
        .hasMessageContaining("请填写其他隐患的检查及处理").hasMessageContaining("业主签名");
    var attitude = new java.util.HashMap<>(aftermath());
    attitude.put("ownerAttitude", "业主认可处理,但不愿签字");
    tasks.complete(task(pi, AFTERMATH).getId(), attitude);
    assertThat(pi).isWaitingAt(INFORM_MANAGER).variables().containsEntry("ownerAttitude", "业主认可处理,但不愿签字");
  }

  @Test
  @DisplayName("S6 an accident report without owner, unit, kind or what happened is refused field by field")
  void reportRefused() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(Accident.KEY,
        Map.of("accidentKind", "meteor")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请填写业主姓名")
        .hasMessageContaining("请填写房号").hasMessageContaining("请选择事故类别").hasMessageContaining("请填写事故经过");
  }
}
