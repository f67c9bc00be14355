package com.huifang.complaint.intake;

import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.complaint.Complaint;
import com.huifang.engine.HuifangProperties;
import com.huifang.revisit.OwnerRevisit;
import com.huifang.revisit.Satisfaction;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
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

  Optional<Map<String, Object>> find(String caseNumber) {
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

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", caseNumber);
    body.put("status", instance.getEndTime() == null ? "open" : "closed");
    body.put("severity", vars.get(SEVERITY.name()));
    body.put("severityLabel", vars.get(SEVERITY_LABEL.name()));
    body.put("answerDue", time(vars.get(ANSWER_DUE.name())));
    body.put("resolveDue", time(vars.get(RESOLVE_DUE.name())));
    body.put("receivedAt", time(vars.get(RECEIVED_AT.name())));
    body.put("tasks", openTasks(caseNumber));
    Map<String, Object> revisit = new LinkedHashMap<>();
    revisit.put("count", vars.getOrDefault(REVISIT_COUNT.name(), 0));
    revisit.put("satisfied", vars.get(SATISFIED.name()));
    String last = lastSatisfaction(caseNumber);
    revisit.put("lastSatisfaction", last);
    revisit.put("lastSatisfactionLabel", Satisfaction.byId(last).map(Satisfaction::label).orElse(null));
    body.put("revisit", revisit);
    return Optional.of(body);
  }

  /** The open tasks of the case, its revisits included (they run under the same case number). */
  private List<Map<String, Object>> openTasks(String caseNumber) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .orderByTaskCreateTime().asc().list()) {
      String groups = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(link -> link.getGroupId()).distinct().sorted().collect(Collectors.joining(","));
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("name", task.getName());
      t.put("candidateGroup", groups.isEmpty() ? null : groups);
      t.put("assignee", task.getAssignee());
      t.put("due", time(task.getDueDate()));
      result.add(t);
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
