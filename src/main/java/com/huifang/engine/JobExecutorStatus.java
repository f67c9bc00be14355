package com.huifang.engine;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** This node's job executor as the health check reads it; the job executor's type is one of the engine's internals. */
@Component
public class JobExecutorStatus {

  // looked up when asked: there is none where job execution is off (the tests run jobs themselves)
  private final Supplier<JobExecutor> jobExecutor;

  @Autowired
  JobExecutorStatus(ObjectProvider<JobExecutor> jobExecutor) {
    this.jobExecutor = jobExecutor::getObject;
  }

  private JobExecutorStatus(Supplier<JobExecutor> jobExecutor) {
    this.jobExecutor = jobExecutor;
  }

  /** The status of the given job executor (a test's own). */
  public static JobExecutorStatus of(JobExecutor jobExecutor) {
    return new JobExecutorStatus(() -> jobExecutor);
  }

  /** Whether it is running: acquiring and executing the due jobs of this node. */
  public boolean active() {
    return jobExecutor.get().isActive();
  }

  public String name() {
    return jobExecutor.get().getName();
  }

  /** The lock owner it marks the jobs it takes with (one per node). */
  public String lockOwner() {
    return jobExecutor.get().getLockOwner();
  }
}
