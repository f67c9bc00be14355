package com.huifang.web;

import com.huifang.engine.EngineUsers;
import com.huifang.engine.EngineUsers.Caller;
import com.huifang.engine.TaskStates;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.stereotype.Component;

/**
 * Tells a request that lost a race for a task from one that is simply wrong. Two staff completing (or
 * claiming) the same task at the same moment: the engine lets exactly one win, and the loser sees one of
 * several exceptions, not only {@link OptimisticLockingException} (also "Cannot find task", "Cannot restore
 * state of process instance", a NullPointerException inside the task's completion, or
 * {@link TaskAlreadyClaimedException}). Whatever the loser saw, the task's state after the failure decides:
 * still open → the failure is the request's own; ended (it is in history) → 409; never existed → 404. The
 * loser may even be refused for want of permission (403): the task's own authorizations, through which a
 * candidate group works on it, are deleted with the task; that too is a lost race when the task has ended.
 */
@Component
public class TaskRace {

  /** A task operation in the REST path ({@code task/{id}/complete}, {@code engine/default/task/{id}/claim}, …). */
  private static final Pattern TASK_OPERATION = Pattern.compile(
      "(?:^|/)task/([^/]+)/(complete|submit-form|claim|unclaim|resolve|assignee|delegate)/?$");

  public static final String CONFLICT = "Conflict";
  public static final String NOT_FOUND = "NotFound";
  public static final int CONFLICT_CODE = TaskStates.CONFLICT_CODE;

  /** The answer to give instead of the engine's: HTTP status, error type and a message for staff. */
  public record Verdict(int status, String type, String message) {
  }

  private final TaskStates tasks;
  private final IdentityService identity;

  TaskRace(TaskStates tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The task id when {@code path} (relative to the REST root, or the full request path) is a task operation. */
  public static Optional<String> taskOperation(String path) {
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = TASK_OPERATION.matcher(path);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The conflict or not-found answer for {@code failure} of a request on {@code path}, or empty when the
   * engine's own answer stands (the task is still open and the failure is the request's own, or the caller
   * lacks the permission and the task was never offered to it).
   */
  public Optional<Verdict> judge(String path, Throwable failure) {
    if (has(failure, AuthorizationException.class) != null) {
      // the winner's completion also deletes the task's authorizations, so a loser can be refused (403) for a
      // task that was offered to it a moment ago: that is a lost race too; anyone else keeps the 403
      return taskOperation(path).flatMap(this::endedWhileOffered);
    }
    TaskAlreadyClaimedException claimed = has(failure, TaskAlreadyClaimedException.class);
    if (claimed != null) {
      return Optional.of(new Verdict(409, CONFLICT, "该任务已被 " + claimed.getTaskAssignee() + " 认领,请刷新任务列表"));
    }
    Optional<String> taskId = taskOperation(path);
    if (taskId.isPresent()) {
      Optional<Verdict> verdict = afterFailure(taskId.get());
      if (verdict.isPresent()) {
        return verdict;
      }
    }
    if (has(failure, OptimisticLockingException.class) != null) {
      return Optional.of(new Verdict(409, CONFLICT, "数据刚被其他人同时修改,请刷新后重试"));
    }
    return Optional.empty();
  }

  /** After a failed operation on task {@code taskId}: 409 if the task has ended meanwhile, 404 if it never was. */
  public Optional<Verdict> afterFailure(String taskId) {
    return switch (tasks.of(taskId)) {
      case OPEN -> Optional.empty();
      case NEVER_EXISTED -> Optional.of(new Verdict(404, NOT_FOUND, "任务不存在: " + taskId));
      case COMPLETED -> Optional.of(new Verdict(409, CONFLICT, "该任务刚刚已由其他人完成,请刷新任务列表"));
      case ENDED_OTHERWISE -> Optional.of(new Verdict(409, CONFLICT, "该任务已结束(流程已继续或被撤销),请刷新任务列表"));
    };
  }

  /**
   * 409 when task {@code taskId} has ended and was offered to the current caller (assigned to them, or one of
   * their groups or they themselves a candidate, by the task's identity-link history); otherwise empty.
   */
  Optional<Verdict> endedWhileOffered(String taskId) {
    Optional<Caller> caller = EngineUsers.current(identity);
    return caller.isPresent() && tasks.endedAfterOfferTo(taskId, caller.get()) ? afterFailure(taskId) : Optional.empty();
  }

  private static <T extends Throwable> T has(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
