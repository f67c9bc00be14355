package com.huifang.engine;

import com.huifang.engine.EngineUsers.Caller;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.HistoricIdentityLinkLogQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * What became of a task a request just failed on, read past the caller's authorizations (a task that has ended
 * takes its authorizations with it): still open, completed, ended otherwise, or never there. The web layer turns
 * it into 409 or 404 for a lost race (web/TaskRace).
 */
@Component
public class TaskStates {

  /** The engine's error code of an optimistic-locking conflict, which a lost race answers with. */
  public static final int CONFLICT_CODE = BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode();

  public enum State { OPEN, COMPLETED, ENDED_OTHERWISE, NEVER_EXISTED }

  private final ProcessEngine engine;

  TaskStates(ProcessEngine engine) {
    this.engine = engine;
  }

  public State of(String taskId) {
    return configuration().getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      if (context.getTaskManager().findTaskById(taskId) != null) {
        return State.OPEN;
      }
      HistoricTaskInstanceEntity ended = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
      if (ended == null) {
        return State.NEVER_EXISTED;
      }
      return "completed".equals(ended.getDeleteReason()) ? State.COMPLETED : State.ENDED_OTHERWISE;
    }));
  }

  /**
   * Whether task {@code taskId} has ended and was offered to {@code caller}: assigned to them, or they or one of
   * their groups a candidate, by the task's identity-link history.
   */
  public boolean endedAfterOfferTo(String taskId, Caller caller) {
    return configuration().getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      if (context.getTaskManager().findTaskById(taskId) != null) {
        return false;
      }
      HistoricTaskInstanceEntity ended = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
      if (ended == null) {
        return false;
      }
      if (caller.userId().equals(ended.getAssignee())) {
        return true;
      }
      HistoricIdentityLinkLogQueryImpl links = new HistoricIdentityLinkLogQueryImpl();
      links.taskId(taskId).type(IdentityLinkType.CANDIDATE);
      return links.executeList(context, null).stream()
          .anyMatch(link -> caller.userId().equals(link.getUserId()) || caller.groupIds().contains(link.getGroupId()));
    }));
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
