/**
 * What every user task gets: its due date. {@link com.huifang.task.TaskDue} ({@code ${taskDue}} in
 * {@code camunda:dueDate}) gives the default of a task kind from the office manager's decision table
 * processes/task-due-defaults.dmn, or a date the rule gives. A feature: imports engine only (its clock and
 * DateInput); named by every model.
 */
package com.huifang.task;
