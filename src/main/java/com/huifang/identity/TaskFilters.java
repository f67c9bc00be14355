package com.huifang.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every staff group sees: my tasks, my groups' tasks, due within the hour,
 * overdue. Sorted by due date; each shows the case number, the owner and the unit. One filter of each
 * kind is shared by all groups through a READ grant per group.
 */
@Component
class TaskFilters {

  static final String MY_TASKS = "我的任务";
  static final String GROUP_TASKS = "我组的任务";
  static final String DUE_SOON = "即将超时";
  static final String OVERDUE = "已超时";

  /** The columns shown under each task: variable name → label (copied onto each task, see TaskListColumns). */
  static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
      Map.of("name", "caseNumber", "label", "案件编号"),
      Map.of("name", "ownerName", "label", "业主"),
      Map.of("name", "unit", "label", "房号"));

  private final FilterService filters;
  private final TaskService tasks;
  private final Grants grants;

  TaskFilters(FilterService filters, TaskService tasks, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  void apply() {
    ensure(MY_TASKS, -10, "分配给我的任务", "#3366cc",
        q -> q.taskAssigneeExpression("${currentUser()}"));
    ensure(GROUP_TASKS, -5, "我所在组的待办任务(含已认领)", "#2e8b57", UnaryOperator.identity());
    ensure(DUE_SOON, 0, "一小时内到期的任务", "#e69500",
        q -> q.dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusHours(1)}"));
    ensure(OVERDUE, 5, "已过到期时间仍未完成的任务", "#cc3333",
        q -> q.dueBeforeExpression("${now()}"));
  }

  private void ensure(String name, int priority, String description, String color,
      UnaryOperator<TaskQuery> criteria) {
    Filter filter = filters.createTaskFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      TaskQuery query = tasks.createTaskQuery();
      if (!MY_TASKS.equals(name)) {
        query.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
      }
      query = criteria.apply(query).orderByDueDate().asc();
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", priority);
      properties.put("description", description);
      properties.put("color", color);
      properties.put("refresh", true);
      properties.put("variables", SHOWN_VARIABLES);
      filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
      filters.saveFilter(filter);
    }
    for (StaffGroup group : StaffGroup.values()) {
      grants.grant(group.id(), FILTER, filter.getId(), READ);
    }
  }
}
