package com.huifang.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * The engine's state as gauges ({@code /actuator/prometheus}), read from the shared database when scraped, so
 * every node reports the whole cluster's figures: jobs due now, jobs failed with no retry left, open incidents,
 * open user tasks and running process instances.
 */
class EngineMeters implements MeterBinder {

  private final ManagementService management;
  private final RuntimeService runtime;
  private final TaskService tasks;

  EngineMeters(ManagementService management, RuntimeService runtime, TaskService tasks) {
    this.management = management;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "huifang.jobs.due", "Jobs due now, not yet executed (all nodes)",
        () -> management.createJobQuery().executable().active().count());
    gauge(registry, "huifang.jobs.failed", "Jobs that failed with no retry left (all nodes)",
        () -> management.createJobQuery().noRetriesLeft().count());
    gauge(registry, "huifang.incidents.open", "Open incidents",
        () -> runtime.createIncidentQuery().count());
    gauge(registry, "huifang.tasks.open", "Open user tasks",
        () -> tasks.createTaskQuery().count());
    gauge(registry, "huifang.process.instances.running", "Running process instances",
        () -> runtime.createProcessInstanceQuery().count());
  }

  private static void gauge(MeterRegistry registry, String name, String description, Supplier<Long> count) {
    Gauge.builder(name, () -> count.get().doubleValue()).description(description).register(registry);
  }
}
