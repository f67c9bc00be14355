package com.huifang.ops;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OperationsConfiguration {

  /** Replaces the Camunda starter's indicator of the same name (it looks only at "active"). */
  @Bean
  @ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true",
      matchIfMissing = true)
  JobExecutorHealthIndicator jobExecutorHealthIndicator(JobExecutor jobExecutor, ManagementService management) {
    return new JobExecutorHealthIndicator(jobExecutor, management);
  }

  @Bean
  EngineMeters engineMeters(ManagementService management, RuntimeService runtime, TaskService tasks) {
    return new EngineMeters(management, runtime, tasks);
  }

  /** Picked up by the Camunda starter like every {@code ProcessEnginePlugin} bean. */
  @Bean
  CaseLog caseLog() {
    return new CaseLog();
  }

}
