package com.huifang.identity;

import com.huifang.engine.ModelHook;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The case number, owner and unit that the Tasklist filters show under each task, copied onto every new user
 * task as task variables. Staff may read their own tasks, not every process instance, so the process's
 * variables alone would leave those columns empty for everyone but the managers; a task's own variables are
 * readable by whoever may read the task, and no more.
 */
@Component("taskListColumns")
class TaskListColumns implements TaskListener {

  static final List<String> NAMES = TaskFilters.SHOWN_VARIABLES.stream().map(column -> column.get("name")).toList();

  @Override
  public void notify(DelegateTask task) {
    for (String name : NAMES) {
      Object value = task.getExecution() == null ? null : task.getExecution().getVariable(name);
      if (value != null) {
        task.setVariableLocal(name, value);
      }
    }
  }

  /**
   * On every user task, as a built-in {@code create} listener: built-in listeners run before the model's own, so
   * the notice e-mail already sees the columns.
   */
  @Configuration
  static class Hook {
    @Bean
    ModelHook taskListColumnsOnCreate() {
      return ModelHook.onEveryUserTask(TaskListener.EVENTNAME_CREATE, "taskListColumns");
    }
  }
}
