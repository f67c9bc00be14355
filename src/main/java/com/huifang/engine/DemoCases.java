package com.huifang.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Demo mode's cases: each feature opens its own at start, once per database, marked with
 * {@link HuifangProperties.Demo#MARKER} so that other work in the same database does not count. A demo case is
 * opened now and then moved back in time where its story says it came in earlier, so the 即将超时 and 已超时 queues
 * hold work the way they would on a real office's morning.
 */
@Component
public class DemoCases {

  private final HistoryService history;
  private final TaskService tasks;
  private final ManagementService management;
  private final HuifangProperties properties;

  DemoCases(HistoryService history, TaskService tasks, ManagementService management, HuifangProperties properties) {
    this.history = history;
    this.tasks = tasks;
    this.management = management;
    this.properties = properties;
  }

  /** Whether demo mode is on and no demo case of this process has been opened in this database yet. */
  public boolean toOpen(String processKey) {
    return properties.demo().enabled() && history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).variableValueEquals(HuifangProperties.Demo.MARKER, true).count() == 0;
  }

  /** Whether demo mode is on and no case of this process's demo history has been written in this database yet. */
  public boolean historyToWrite(String processKey) {
    return properties.demo().enabled() && history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).variableValueEquals(HuifangProperties.Demo.HISTORY_MARKER, true).count() == 0;
  }

  /**
   * The case's open step reached it {@code ago} earlier than it was opened here: the due dates of its open tasks and
   * its timers move back by that much, as if the demo had started then. A timer now in the past fires as soon as the
   * job executor runs.
   */
  public void reachedEarlier(String processInstanceId, Duration ago) {
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (task.getDueDate() != null) {
        task.setDueDate(Date.from(task.getDueDate().toInstant().minus(ago)));
        tasks.saveTask(task);
      }
    }
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      management.setJobDuedate(job.getId(), Date.from(job.getDuedate().toInstant().minus(ago)));
    }
  }

  /**
   * Moves the case back ({@link #reachedEarlier}) so far that its soonest open task falls due {@code in} from now: a
   * step taken earlier whose own rule makes it due within the hour now.
   */
  public void dueIn(String processInstanceId, Duration in) {
    Instant soonest = tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .map(Task::getDueDate).filter(Objects::nonNull).map(Date::toInstant).min(Comparator.naturalOrder())
        .orElseThrow(() -> new IllegalStateException("no open task with a due date in " + processInstanceId));
    reachedEarlier(processInstanceId, Duration.between(EngineClock.now().plus(in), soonest));
  }
}
