/**
 * What every user task gets: its due date. {@link com.huifang.task.TaskDue} ({@code ${taskDue}} in
 * {@code camunda:dueDate}) gives the default of a task kind from the office manager's decision table
 * processes/task-due-defaults.dmn, or a date the rule gives. Uses the engine's repository and clock only.
 */
package com.huifang.task;
