package com.huifang.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The case number, owner and unit that the Tasklist filters show under each task, copied onto every new user
 * task as task variables. Staff may read their own tasks, not every process instance, so the process's
 * variables alone would leave those columns empty for everyone but the managers; a task's own variables are
 * readable by whoever may read the task, and no more.
 */
@Component
class TaskListColumns extends AbstractProcessEnginePlugin {

  static final List<String> NAMES = TaskFilters.SHOWN_VARIABLES.stream().map(column -> column.get("name")).toList();

  private static final TaskListener COPY_COLUMNS = TaskListColumns::copy;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          // built-in listeners run before the model's own, so the notice e-mail already sees them
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY_COLUMNS);
        }
      }
    });
  }

  static void copy(DelegateTask task) {
    for (String name : NAMES) {
      Object value = task.getExecution() == null ? null : task.getExecution().getVariable(name);
      if (value != null) {
        task.setVariableLocal(name, value);
      }
    }
  }
}
