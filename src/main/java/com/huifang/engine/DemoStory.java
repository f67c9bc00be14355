package com.huifang.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Demo mode's past, told through the real processes: the engine's clock is set to each step's time before the step
 * runs, so history, timers and the KPI read model hold the times of the story. One story per demo history run;
 * {@link #close()} lets the clock run again.
 */
public final class DemoStory implements AutoCloseable {

  private final TaskService tasks;
  private final ZoneId zone;
  private Instant clock;

  public DemoStory(TaskService tasks, ZoneId zone) {
    this.tasks = tasks;
    this.zone = zone;
  }

  /** The story goes on at {@code time} of {@code day}, in the company's zone. */
  public void at(LocalDate day, LocalTime time) {
    set(day.atTime(time).atZone(zone).toInstant());
  }

  /** The story goes on {@code duration} later. */
  public void after(Duration duration) {
    set(clock.plus(duration));
  }

  /** The story goes on at {@code instant}. */
  public void set(Instant instant) {
    clock = instant;
    EngineClock.setTo(clock);
  }

  /** Completes the step as {@code user}, which the story says is there: a missing one is the story's fault, not skipped. */
  public void complete(String processInstanceId, String activityId, String user, Map<String, Object> variables) {
    EngineClock.setTo(clock);
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("demo history: " + processInstanceId + " has no task " + activityId);
    }
    tasks.claim(task.getId(), user);
    tasks.complete(task.getId(), variables);
  }

  /** Whether the case waits at {@code activityId} now (a step that depends on the time of day, such as a night intake). */
  public boolean waitsAt(String processInstanceId, String activityId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).count() > 0;
  }

  @Override
  public void close() {
    EngineClock.resume();
  }
}
