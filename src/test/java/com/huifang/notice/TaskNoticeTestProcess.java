package com.huifang.notice;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** task-notice.bpmn from src/test/resources, deployed into the test's engine once. */
final class TaskNoticeTestProcess {

  static final String KEY = "task-notice-test";
  static final String TASK_NAME = "督促答复业主";

  private TaskNoticeTestProcess() {}

  static void deploy(ProcessEngine engine) {
    var repository = engine.getRepositoryService();
    if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      repository.createDeployment().name("task-notice-test").addClasspathResource("task-notice.bpmn").deploy();
    }
  }

  /** The variables of a start; {@code groups} is a comma-separated list, {@code assignee} may be null. */
  static Map<String, Object> variables(String groups, String assignee, Date due) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("noticeGroups", groups);
    variables.put("noticeAssignee", assignee);
    variables.put("noticeDue", due);
    variables.put("failAfterCreate", false);
    return variables;
  }

  static ProcessInstance start(ProcessEngine engine, String businessKey, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, businessKey, variables);
  }
}
