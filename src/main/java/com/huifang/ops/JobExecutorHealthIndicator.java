package com.huifang.ops;

import com.huifang.engine.EngineClock;
import com.huifang.engine.JobExecutorStatus;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The job executor's health, in place of the starter's (which looks only at "active"): DOWN while the job
 * executor of this node is not running (timers and asynchronous steps would wait), with the figures an
 * operator looks at next: jobs due for longer than a minute that no node has taken ({@code dueJobsWaiting},
 * shared by all nodes on the database) and jobs that failed with no retry left ({@code failedJobs}, each an
 * incident in Cockpit). A backlog alone does not make a node DOWN: taking the node out of the load balancer
 * would not drain it faster.
 */
class JobExecutorHealthIndicator extends AbstractHealthIndicator {

  static final Duration WAITING = Duration.ofMinutes(1);

  private final JobExecutorStatus jobExecutor;
  private final ManagementService management;

  JobExecutorHealthIndicator(JobExecutorStatus jobExecutor, ManagementService management) {
    super("Job executor health check failed");
    this.jobExecutor = jobExecutor;
    this.management = management;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    boolean active = jobExecutor.active();
    Date waitingSince = new Date(EngineClock.nowAsDate().getTime() - WAITING.toMillis());
    builder.status(active ? "UP" : "DOWN")
        .withDetail("active", active)
        .withDetail("name", jobExecutor.name())
        .withDetail("lockOwner", jobExecutor.lockOwner())
        .withDetail("dueJobsWaiting", management.createJobQuery().executable().active()
            .duedateLowerThan(waitingSince).count())
        .withDetail("failedJobs", management.createJobQuery().noRetriesLeft().count());
  }
}
