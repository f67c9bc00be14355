package com.huifang.notice;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** task-notice.bpmn: fails the transaction after the notice listener ran, when {@code failAfterCreate} is true. */
public class FailAfterCreateListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (Boolean.TRUE.equals(task.getVariable("failAfterCreate"))) {
      throw new IllegalStateException("failAfterCreate: the start rolls back");
    }
  }
}
