package com.huifang.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.task.TaskDue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every user task a person must act on has a due date, so that Tasklist's 即将超时 and 已超时 filters show it
 * when it is late: a {@code camunda:dueDate} expression on every user task of every model in processes/,
 * present and future, unless {@link #EXEMPT} names the task with the reason. A task kind a model names
 * ({@code ${taskDue.forKind('office-step')}}) must have its row in the office manager's table
 * processes/task-due-defaults.dmn, or the task would fail when it is created.
 */
class TaskDueDatesModelTest {

  static final Path DEFAULTS_TABLE = ModelConventionsTest.PROCESSES.resolve(TaskDue.DECISION + ".dmn");

  /**
   * User tasks that may have no due date: "file.bpmn#UserTask_Id" → why. There are none: a task without a due
   * date never shows in 即将超时 or 已超时, however late it is. Add an entry only with a comment saying why
   * nobody can be late with that task.
   */
  static final Map<String, String> EXEMPT = Map.of();

  /** The task kind of a {@code ${taskDue.forKind('…')}} or {@code ${taskDue.forKindNotAfter('…', …)}} expression. */
  static final Pattern KIND = Pattern.compile("taskDue\\.forKind(?:NotAfter)?\\(\\s*'([^']*)'");
  static final Pattern EXPRESSION = Pattern.compile("^[$#]\\{.+}$");

  @Test
  @DisplayName("every user task of every process has a due date, or an exemption that says why")
  void everyUserTaskHasADueDate() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> tasks = new TreeSet<>();
    for (Path file : ModelConventionsTest.files(ModelConventionsTest.PROCESSES, ".bpmn")) {
      check(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()), EXEMPT, tableKinds(), problems,
          tasks);
    }
    assertThat(problems).isEmpty();
    assertThat(tasks).as("user tasks checked").hasSizeGreaterThanOrEqualTo(47);
    assertThat(EXEMPT.keySet()).as("exemptions name existing user tasks").isSubsetOf(tasks);
    assertThat(EXEMPT.values()).as("each exemption says why").allSatisfy(why -> assertThat(why).isNotBlank());
  }

  @Test
  @DisplayName("the checks themselves catch a task without a due date, a fixed date and a kind the table lacks")
  void checksCatchMissingDueDates() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("broken").startEvent("StartEvent_Begun")
        .userTask("UserTask_Forgotten")
        .userTask("UserTask_FixedDate").camundaDueDate("2026-11-24T10:00:00")
        .userTask("UserTask_UnknownKind").camundaDueDate("${taskDue.forKind('coffee-break')}")
        .userTask("UserTask_Known").camundaDueDate("${taskDue.forKindNotAfter('errand-step', deliveryDue)}")
        .userTask("UserTask_Exempt")
        .endEvent("EndEvent_Done").done();
    List<String> problems = new ArrayList<>();
    check("broken.bpmn", model, Map.of("broken.bpmn#UserTask_Exempt", "a reason"), tableKinds(), problems,
        new TreeSet<>());
    assertThat(problems).containsExactlyInAnyOrder(
        "broken.bpmn: user task UserTask_Forgotten has no camunda:dueDate",
        "broken.bpmn: user task UserTask_FixedDate has a fixed due date, not an expression: 2026-11-24T10:00:00",
        "broken.bpmn: user task UserTask_UnknownKind names task kind 'coffee-break', which task-due-defaults.dmn lacks");
  }

  static void check(String file, BpmnModelInstance model, Map<String, String> exempt, Set<String> kinds,
      List<String> problems, Set<String> seen) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String key = file + "#" + task.getId();
      seen.add(key);
      String due = task.getCamundaDueDate();
      if (due == null || due.isBlank()) {
        if (!exempt.containsKey(key)) {
          problems.add(file + ": user task " + task.getId() + " has no camunda:dueDate");
        }
        continue;
      }
      if (!EXPRESSION.matcher(due.trim()).matches()) {
        problems.add(file + ": user task " + task.getId() + " has a fixed due date, not an expression: " + due);
      }
      Matcher kind = KIND.matcher(due);
      while (kind.find()) {
        if (!kinds.contains(kind.group(1))) {
          problems.add(file + ": user task " + task.getId() + " names task kind '" + kind.group(1) + "', which "
              + DEFAULTS_TABLE.getFileName() + " lacks");
        }
      }
    }
  }

  /** The task kinds the table has a row for (its input entries, unquoted). */
  static Set<String> tableKinds() {
    Decision decision = Dmn.readModelFromFile(DEFAULTS_TABLE.toFile()).getModelElementById(TaskDue.DECISION);
    return decision.getModelInstance().getModelElementsByType(InputEntry.class).stream()
        .map(entry -> entry.getText().getTextContent().trim().replaceAll("^\"|\"$", ""))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
