package com.huifang.ops;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
 * into the logging context itself ({@code logging-context-business-key} in application.yaml); this plugin
 * makes sure of it where the engine has not yet done so (a task completed by a REST call).
 */
class CaseLog extends AbstractProcessEnginePlugin {

  static final String CASE_NUMBER = "caseNumber";
  private static final Logger LOG = LoggerFactory.getLogger(CaseLog.class);

  private final ExecutionListener started = execution -> log(execution.getProcessBusinessKey(),
      "case started: {} ({})", execution.getProcessDefinitionId().split(":")[0], starter(execution));
  private final ExecutionListener ended = execution -> log(execution.getProcessBusinessKey(),
      "case ended: {}", execution.getProcessDefinitionId().split(":")[0]);
  private final TaskListener created = task -> log(businessKey(task),
      "task created: {} '{}' for {}", task.getTaskDefinitionKey(), task.getName(), whoMay(task));
  private final TaskListener completed = task -> log(businessKey(task),
      "task completed: {} '{}' by {}", task.getTaskDefinitionKey(), task.getName(), completer(task));

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(parseListener());
  }

  private BpmnParseListener parseListener() {
    return new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, started);
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, ended);
      }

      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completed);
      }
    };
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
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "by the engine" : "by " + authentication.getUserId();
  }

  private static String completer(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null ? authentication.getUserId()
        : task.getAssignee() != null ? task.getAssignee() : "the engine";
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
