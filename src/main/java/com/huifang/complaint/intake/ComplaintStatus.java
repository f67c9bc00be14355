package com.huifang.complaint.intake;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.complaint.Complaint;
import com.huifang.engine.HuifangProperties;
import com.huifang.revisit.OwnerRevisit;
import com.huifang.revisit.Satisfaction;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Where a complaint stands, read from history and the runtime under the caller's authorizations: a
 * caller who may not read the case's history gets nothing (404), and sees only the open tasks the
 * engine lets them read.
 */
@Service
class ComplaintStatus {

  private final HistoryService history;
  private final TaskService tasks;
  private final HuifangProperties properties;

  ComplaintStatus(HistoryService history, TaskService tasks, HuifangProperties properties) {
    this.history = history;
    this.tasks = tasks;
    this.properties = properties;
  }

  /** Where a complaint stands: its severity, deadlines, open tasks, and its revisits. */
  record CaseStatus(String caseNumber, String status, Object severity, Object severityLabel, OffsetDateTime answerDue,
      OffsetDateTime resolveDue, OffsetDateTime receivedAt, List<OpenTask> tasks, Revisit revisit) {}

  /** An open task of the case: what, for which groups or whom, by when. */
  record OpenTask(String name, String candidateGroup, String assignee, OffsetDateTime due) {}

  /** The case's revisits: how many rounds, whether the owner is satisfied, the latest verdict. */
  record Revisit(Object count, Object satisfied, String lastSatisfaction, String lastSatisfactionLabel) {}

  Optional<CaseStatus> find(String caseNumber) {
    List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Complaint.KEY).processInstanceBusinessKey(caseNumber).list();
    if (found.size() != 1) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = found.get(0);
    Map<String, Object> vars = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn(SEVERITY.name(), SEVERITY_LABEL.name(), ANSWER_DUE.name(), RESOLVE_DUE.name(),
            RECEIVED_AT.name(), REVISIT_COUNT.name(), SATISFIED.name())
        .list().stream().filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b));
    String last = lastSatisfaction(caseNumber);
    return Optional.of(new CaseStatus(caseNumber, instance.getEndTime() == null ? "open" : "closed",
        vars.get(SEVERITY.name()), vars.get(SEVERITY_LABEL.name()), time(vars.get(ANSWER_DUE.name())),
        time(vars.get(RESOLVE_DUE.name())), time(vars.get(RECEIVED_AT.name())), openTasks(caseNumber),
        new Revisit(vars.getOrDefault(REVISIT_COUNT.name(), 0), vars.get(SATISFIED.name()), last,
            Satisfaction.byId(last).map(Satisfaction::label).orElse(null))));
  }

  /** The open tasks of the case, its revisits included (they run under the same case number). */
  private List<OpenTask> openTasks(String caseNumber) {
    List<OpenTask> result = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .orderByTaskCreateTime().asc().list()) {
      String groups = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(link -> link.getGroupId()).distinct().sorted().collect(Collectors.joining(","));
      result.add(new OpenTask(task.getName(), groups.isEmpty() ? null : groups, task.getAssignee(),
          time(task.getDueDate())));
    }
    return result;
  }

  /** The owner's verdict in the latest revisit of the case that has one. */
  private String lastSatisfaction(String caseNumber) {
    for (HistoricProcessInstance revisit : history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(OwnerRevisit.KEY).processInstanceBusinessKey(caseNumber)
        .orderByProcessInstanceStartTime().desc().list()) {
      HistoricVariableInstance satisfaction = history.createHistoricVariableInstanceQuery()
          .processInstanceId(revisit.getId()).variableName(OwnerRevisit.Vars.SATISFACTION.name()).singleResult();
      if (satisfaction != null && satisfaction.getValue() instanceof String value) {
        return value;
      }
    }
    return null;
  }

  private OffsetDateTime time(Object value) {
    return value instanceof Date date ? date.toInstant().atZone(properties.zone()).toOffsetDateTime() : null;
  }
}
