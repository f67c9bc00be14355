package com.huifang.ops;

import com.huifang.engine.JobExecutorStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.util.Map;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.HttpStatus;

/**
 * Health for load balancers, metrics for administrators only, the job executor in the health check. Spring's
 * tests turn metric exporters off unless asked: this class asks, so Prometheus is there as in production.
 */
@AutoConfigureObservability(tracing = false)
@Tag("own-jvm") // its own application context (metrics export on): see the surefire executions in pom.xml
class ActuatorSpringTest extends SpringTestBase {

  @Test
  @DisplayName("the health check and its probes are open, show the components' status and no details")
  void healthIsOpen() {
    var health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"status\":\"UP\"", "\"db\"", "\"processEngine\"")
        .doesNotContain("details", "jdbc", "lockOwner");
    var readiness = rest.getForEntity("/actuator/health/readiness", String.class);
    assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(readiness.getBody()).contains("\"status\":\"UP\"");
    assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("metrics and Prometheus: 401 without credentials, 403 for staff, the engine's gauges for an administrator")
  void metricsForAdministratorsOnly() {
    for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics"}) {
      var anonymous = rest.getForEntity(path, String.class);
      assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
      var staff = as(newUser("housekeeper")).getForEntity(path, String.class);
      assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(staff.getBody()).contains("只有系统管理员");
    }
    // a new administrator: on a shared PostgreSQL database "admin" may carry another run's password
    var administrator = as(newUser("camunda-admin"));
    var prometheus = administrator.getForEntity("/actuator/prometheus", String.class);
    assertThat(prometheus.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(prometheus.getBody()).contains("huifang_jobs_due", "huifang_jobs_failed", "huifang_incidents_open",
        "huifang_tasks_open", "huifang_process_instances_running", "hikaricp_connections_active",
        "application=\"huifang\"");
    assertThat(administrator.getForEntity("/actuator/metrics/huifang.tasks.open", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("the job executor's health: DOWN while it does not run, UP when it does; waiting and failed jobs in the details")
  void jobExecutorHealth() {
    var deployment = engine.getRepositoryService().createDeployment().addModelInstance("wait.bpmn",
        Bpmn.createExecutableProcess("healthWait").camundaHistoryTimeToLive(1).startEvent()
            .intermediateCatchEvent("Timer_Wait").timerWithDuration("PT1H").endEvent().done()).deploy();
    var executor = new DefaultJobExecutor();
    try {
      engine.getRuntimeService().startProcessInstanceByKey("healthWait");
      var indicator = new JobExecutorHealthIndicator(JobExecutorStatus.of(executor), engine.getManagementService());
      var stopped = indicator.health();
      assertThat(stopped.getStatus().getCode()).isEqualTo("DOWN");
      assertThat(stopped.getDetails()).containsEntry("active", false).containsKeys("dueJobsWaiting", "failedJobs");
      long waitingBefore = (Long) stopped.getDetails().get("dueJobsWaiting");

      ClockUtil.setCurrentTime(new java.util.Date(System.currentTimeMillis() + 62 * 60 * 1000));
      executor.start();
      Map<String, Object> running = indicator.health().getDetails();
      assertThat(indicator.health().getStatus().getCode()).isEqualTo("UP");
      assertThat(running).containsEntry("active", true);
      // the probe's timer is now due for more than a minute (other tests' jobs on a shared database may be too)
      assertThat((Long) running.get("dueJobsWaiting")).isGreaterThan(waitingBefore);
    } finally {
      executor.shutdown();
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }
}
