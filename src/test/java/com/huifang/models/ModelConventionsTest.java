package com.huifang.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every model in processes/ opens cleanly in Camunda Modeler and runs in Tasklist and Cockpit: full
 * diagram interchange, meaningful ids, a form and a group on every user task, forms that exist in
 * forms/, a history time to live, and delegates wired only as Spring beans.
 */
class ModelConventionsTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Pattern GENERATED_ID = Pattern.compile(
      "^(Activity|Gateway|Event|StartEvent|EndEvent|Task|SubProcess|CallActivity|BoundaryEvent|"
          + "IntermediateThrowEvent|Flow|SequenceFlow)_[0-9a-z]{5,8}$|^StartEvent_1$");
  static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{[a-z][A-Za-z0-9]*}$");
  static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";

  static List<Path> files(Path dir, String ending) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(ending)).sorted().toList();
    }
  }

  static Set<String> formIds() throws IOException {
    var mapper = new ObjectMapper();
    Set<String> ids = new java.util.HashSet<>();
    for (Path form : files(FORMS, ".form")) {
      JsonNode json = mapper.readTree(form.toFile());
      assertThat(json.path("schemaVersion").asInt(99)).as(form + " schemaVersion (Tasklist 7.24 reads ≤ 16)")
          .isLessThanOrEqualTo(16);
      ids.add(json.path("id").asText());
    }
    return ids;
  }

  @Test
  @DisplayName("every BPMN model is complete for Modeler, Tasklist and Cockpit")
  void bpmnModels() throws IOException {
    Set<String> forms = formIds();
    List<Path> models = files(PROCESSES, ".bpmn");
    assertThat(models).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (Path file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Definitions definitions = model.getDefinitions();
      if (!"Camunda Platform".equals(definitions.getDomElement().getAttribute(MODELER_NS, "executionPlatform"))
          || !"7.24.0".equals(definitions.getDomElement().getAttribute(MODELER_NS, "executionPlatformVersion"))) {
        problems.add(file + ": lacks modeler:executionPlatform Camunda Platform 7.24.0");
      }
      Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
          .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
      Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
          .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        if (!shapes.contains(node.getId())) {
          problems.add(file + ": " + node.getId() + " has no shape");
        }
        if (GENERATED_ID.matcher(node.getId()).matches()) {
          problems.add(file + ": " + node.getId() + " keeps a generated id");
        }
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        if (!edges.contains(flow.getId())) {
          problems.add(file + ": sequence flow " + flow.getId() + " has no edge");
        }
        if (GENERATED_ID.matcher(flow.getId()).matches()) {
          problems.add(file + ": " + flow.getId() + " keeps a generated id");
        }
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
          problems.add(file + ": process " + process.getId() + " has no historyTimeToLive");
        }
        if (!file.getFileName().toString().equals(process.getId() + ".bpmn")) {
          problems.add(file + ": process key " + process.getId() + " does not match the file name");
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        checkForm(file, task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), forms, problems);
        if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null) {
          problems.add(file + ": user task " + task.getId() + " has no candidate group or assignee");
        }
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          checkForm(file, start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), forms, problems);
        }
      }
      checkWiring(file, model, problems);
    }
    assertThat(problems).isEmpty();
  }

  private static void checkForm(Path file, BaseElement element, String ref, String binding, Set<String> forms,
      List<String> problems) {
    if (ref == null) {
      problems.add(file + ": " + element.getId() + " has no camunda:formRef");
    } else if (!forms.contains(ref)) {
      problems.add(file + ": " + element.getId() + " refers to form '" + ref + "', which forms/ lacks");
    }
    if (ref != null && !"deployment".equals(binding)) {
      problems.add(file + ": " + element.getId() + " formRefBinding is not 'deployment'");
    }
  }

  /** Delegates are Spring beans named in a ${bean} expression: no camunda:class, no inline scripts. */
  private static void checkWiring(Path file, BpmnModelInstance model, List<String> problems) {
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if (task.getCamundaClass() != null || task.getCamundaExpression() != null
          || task.getCamundaDelegateExpression() == null
          || !BEAN_EXPRESSION.matcher(task.getCamundaDelegateExpression()).matches()) {
        problems.add(file + ": service task " + task.getId() + " is not wired as ${bean}");
      }
    }
    for (CamundaExecutionListener l : model.getModelElementsByType(CamundaExecutionListener.class)) {
      if (l.getCamundaDelegateExpression() == null || !BEAN_EXPRESSION.matcher(l.getCamundaDelegateExpression()).matches()) {
        problems.add(file + ": an execution listener is not wired as ${bean}");
      }
    }
    for (CamundaTaskListener l : model.getModelElementsByType(CamundaTaskListener.class)) {
      if (l.getCamundaDelegateExpression() == null || !BEAN_EXPRESSION.matcher(l.getCamundaDelegateExpression()).matches()) {
        problems.add(file + ": a task listener is not wired as ${bean}");
      }
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      checkDecisionReference(file, task, problems);
    }
    if (!model.getModelElementsByType(ScriptTask.class).isEmpty()
        || !model.getModelElementsByType(CamundaScript.class).isEmpty()) {
      problems.add(file + ": contains an inline script");
    }
  }

  /**
   * Offices (issue 27): a business rule task takes the latest version of its table, the office's own where the case's
   * office deployed one (engine/OfficeDecisions), so a manager's deployed table applies without a release.
   */
  static void checkDecisionReference(Path file, BusinessRuleTask task, List<String> problems) {
    String key = task.getCamundaDecisionRef();
    if (key == null) {
      return;
    }
    if (!"latest".equals(task.getCamundaDecisionRefBinding())
        || !("${officeDecisions.tenantFor(execution, '" + key + "')}").equals(task.getCamundaDecisionRefTenantId())) {
      problems.add(file + ": business rule task " + task.getId() + " does not take the latest table of the case's"
          + " office (camunda:decisionRefBinding=\"latest\" camunda:decisionRefTenantId="
          + "\"${officeDecisions.tenantFor(execution, '" + key + "')}\")");
    }
  }

  @Test
  @DisplayName("every DMN decision has a name and a history time to live")
  void dmnModels() throws IOException {
    for (Path file : files(PROCESSES, ".dmn")) {
      for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
        assertThat(decision.getName()).as(file + " " + decision.getId()).isNotBlank();
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as(file + " " + decision.getId()).isNotNull();
      }
    }
  }

  @Test
  @DisplayName("the checks themselves catch a broken model")
  void checksCatchBrokenModel() throws IOException {
    Path broken = Files.createTempDirectory("models");
    // a user task without form, group or shape, and a process without history time to live
    BpmnModelInstance model = Bpmn.createExecutableProcess("broken").startEvent("StartEvent_1")
        .userTask("UserTask_Orphan").endEvent("EndEvent_Done").done();
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkForm(broken, task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), Set.of(), problems);
    }
    assertThat(problems).anyMatch(p -> p.contains("UserTask_Orphan has no camunda:formRef"));
    assertThat(GENERATED_ID.matcher("Activity_0x9f3ab").matches()).isTrue();
    assertThat(GENERATED_ID.matcher("UserTask_ClassifyComplaint").matches()).isFalse();
    assertThat(BEAN_EXPRESSION.matcher("${recordRevisitListener}").matches()).isTrue();
    BpmnModelInstance deploymentBound = Bpmn.createExecutableProcess("bound").startEvent("StartEvent_1")
        .businessRuleTask("BusinessRuleTask_Rule").camundaDecisionRef("some-table")
        .camundaDecisionRefBinding("deployment").endEvent("EndEvent_Done").done();
    problems.clear();
    checkDecisionReference(broken, deploymentBound.getModelElementById("BusinessRuleTask_Rule"), problems);
    assertThat(problems).anyMatch(p -> p.contains("BusinessRuleTask_Rule does not take the latest table"));
    assertThat(BEAN_EXPRESSION.matcher("${execution.setVariable('x', 1)}").matches()).isFalse();
  }
}
