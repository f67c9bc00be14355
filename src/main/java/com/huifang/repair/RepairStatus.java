package com.huifang.repair;

import static com.huifang.repair.Repair.Vars.*;

import com.huifang.engine.HuifangProperties;
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
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Where a repair request stands, read from history and the runtime under the caller's authorizations: a caller who
 * may not read the case gets nothing (404), and sees only the open tasks the engine lets them read.
 */
@Service
class RepairStatus {

  private final HistoryService history;
  private final TaskService tasks;
  private final HuifangProperties properties;

  RepairStatus(HistoryService history, TaskService tasks, HuifangProperties properties) {
    this.history = history;
    this.tasks = tasks;
    this.properties = properties;
  }

  /** A repair request: its state, department, urgency, deadline, visits, revisits and open tasks. */
  record CaseStatus(String caseNumber, String status, Object departmentGroup, Object urgency, Object urgencyLabel,
      OffsetDateTime receivedAt, OffsetDateTime responseDue, OffsetDateTime arrivedAt, Object workVisits,
      Object revisitCount, Object satisfied, List<OpenTask> tasks) {}

  /** An open task of the case (its revisit's included): what and by when. */
  record OpenTask(String name, OffsetDateTime due) {}

  Optional<CaseStatus> find(String caseNumber) {
    List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Repair.KEY).processInstanceBusinessKey(caseNumber).list();
    if (found.size() != 1) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = found.get(0);
    Map<String, Object> vars = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn(DEPARTMENT_GROUP.name(), URGENCY_APPLIED.name(), URGENCY_LABEL.name(), RECEIVED_AT.name(),
            RESPONSE_DUE.name(), ARRIVED_AT.name(), WORK_VISITS.name(), REVISIT_COUNT.name(), SATISFIED.name())
        .list().stream().filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b));
    List<OpenTask> open = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).orderByTaskCreateTime().asc().list()) {
      open.add(new OpenTask(task.getName(), time(task.getDueDate())));
    }
    return Optional.of(new CaseStatus(caseNumber, instance.getEndTime() == null ? "open" : "closed",
        vars.get(DEPARTMENT_GROUP.name()), vars.get(URGENCY_APPLIED.name()), vars.get(URGENCY_LABEL.name()),
        time(vars.get(RECEIVED_AT.name())), time(vars.get(RESPONSE_DUE.name())), time(vars.get(ARRIVED_AT.name())),
        vars.getOrDefault(WORK_VISITS.name(), 0), vars.getOrDefault(REVISIT_COUNT.name(), 0),
        vars.get(SATISFIED.name()), open));
  }

  private OffsetDateTime time(Object value) {
    return value instanceof Date date ? date.toInstant().atZone(properties.zone()).toOffsetDateTime() : null;
  }
}
