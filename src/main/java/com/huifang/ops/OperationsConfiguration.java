package com.huifang.ops;

import com.huifang.engine.JobExecutorStatus;
import com.huifang.engine.ModelHook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operations beans: the job executor's health, the engine's meters, and the case log with its hooks. */
@Configuration
class OperationsConfiguration {

  /** Replaces the Camunda starter's indicator of the same name (it looks only at "active"). */
  @Bean
  @ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true",
      matchIfMissing = true)
  JobExecutorHealthIndicator jobExecutorHealthIndicator(JobExecutorStatus jobExecutor, ManagementService management) {
    return new JobExecutorHealthIndicator(jobExecutor, management);
  }

  @Bean
  EngineMeters engineMeters(ManagementService management, RuntimeService runtime, TaskService tasks) {
    return new EngineMeters(management, runtime, tasks);
  }

  @Bean
  CaseLog caseLog() {
    return new CaseLog();
  }

  /** Every case's start and end, and every user task's creation and completion, in the log (see {@link CaseLog}). */
  @Bean
  ModelHook caseLogOnStart() {
    return ModelHook.onProcess(null, ExecutionListener.EVENTNAME_START, "caseLog");
  }

  @Bean
  ModelHook caseLogOnEnd() {
    return ModelHook.onProcess(null, ExecutionListener.EVENTNAME_END, "caseLog");
  }

  @Bean
  ModelHook caseLogOnTaskCreated() {
    return ModelHook.onEveryUserTask(TaskListener.EVENTNAME_CREATE, "caseLog");
  }

  @Bean
  ModelHook caseLogOnTaskCompleted() {
    return ModelHook.onEveryUserTask(TaskListener.EVENTNAME_COMPLETE, "caseLog");
  }

}
