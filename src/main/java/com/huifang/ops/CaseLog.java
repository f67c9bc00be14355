package com.huifang.ops;

import com.huifang.engine.EngineUsers;
import com.huifang.engine.EngineUsers.Caller;
import com.huifang.engine.ModelHook;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line for each step of a case's life, in every process: started, task created (for whom), task
 * completed (by whom), ended. Each line carries the case number (the business key, TS-…, BX-…) in the logging
 * context under {@value #CASE_NUMBER}, which the log pattern prints and the JSON log formats emit as a field,
 * so {@code grep TS-20261204-0007} gives the case's whole story across nodes. The engine puts the business key
 * into the logging context itself ({@code logging-context-business-key} in application.yaml); this listener
 * makes sure of it where the engine has not yet done so (a task completed by a REST call). No model names it: the
 * engine runs it on every process and user task as a built-in listener ({@link ModelHook}, see
 * OperationsConfiguration).
 */
class CaseLog implements ExecutionListener, TaskListener {

  static final String CASE_NUMBER = "caseNumber";
  private static final Logger LOG = LoggerFactory.getLogger(CaseLog.class);

  /** A case started or ended (a process instance of any process). */
  @Override
  public void notify(DelegateExecution execution) {
    String process = execution.getProcessDefinitionId().split(":")[0];
    if (EVENTNAME_START.equals(execution.getEventName())) {
      log(execution.getProcessBusinessKey(), "case started: {} ({})", process, starter(execution));
    } else {
      log(execution.getProcessBusinessKey(), "case ended: {}", process);
    }
  }

  /** A user task created or completed. */
  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      log(businessKey(task), "task created: {} '{}' for {}", task.getTaskDefinitionKey(), task.getName(), whoMay(task));
    } else {
      log(businessKey(task), "task completed: {} '{}' by {}", task.getTaskDefinitionKey(), task.getName(),
          completer(task));
    }
  }

  private static void log(String businessKey, String message, Object... arguments) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    boolean put = businessKey != null && MDC.get(CASE_NUMBER) == null;
    if (put) {
      MDC.put(CASE_NUMBER, businessKey);
    }
    try {
      LOG.info(message, arguments);
    } finally {
      if (put) {
        MDC.remove(CASE_NUMBER);
      }
    }
  }

  private static String businessKey(DelegateTask task) {
    return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
  }

  private static String starter(DelegateExecution execution) {
    return EngineUsers.current(execution.getProcessEngineServices().getIdentityService())
        .map(caller -> "by " + caller.userId()).orElse("by the engine");
  }

  private static String completer(DelegateTask task) {
    return EngineUsers.current(task.getProcessEngineServices().getIdentityService()).map(Caller::userId)
        .orElse(task.getAssignee() != null ? task.getAssignee() : "the engine");
  }

  private static String whoMay(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toList());
    return groups.isEmpty() ? "nobody yet" : String.join(",", groups);
  }
}
