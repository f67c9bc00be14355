package com.huifang;

import com.huifang.engine.HuifangProperties;
import com.huifang.engine.OfficeDecisions;
import com.huifang.task.TaskDue;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * What every plain-engine per-path process test shares: the engine (camunda-unit-test.cfg.xml) with every
 * flow node and sequence flow of the class's own models covered, a fixed engine clock, and a clean reset.
 */
public final class ProcessTests {

  /** Monday 2026-11-23, 10:00 in Shanghai: inside office hours. */
  public static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

  private ProcessTests() {}

  /** The engine, asserting full coverage of every deployed process except the ones named (tested elsewhere). */
  public static ProcessEngineCoverageExtension engineCovering100PercentExcept(String... testedElsewhere) {
    return ProcessEngineCoverageExtension.Companion.builder("camunda-unit-test.cfg.xml")
        .excludeProcessDefinitionKeys(testedElsewhere)
        .assertClassCoverageAtLeast(1.0)
        .build();
  }

  /**
   * Before each test: the engine clock at {@link #NOW}, camunda-bpm-assert bound to this engine, and the real
   * {@code ${taskDue}} bean every user task's due date uses (its table, processes/task-due-defaults.dmn, must be
   * in the test's deployment).
   */
  public static void begin(ProcessEngine engine) {
    ClockUtil.setCurrentTime(Date.from(NOW));
    BpmnAwareTests.init(engine);
    Mocks.register("officeDecisions", new OfficeDecisions(engine.getRepositoryService(), engine.getDecisionService()));
    Mocks.register("taskDue", new TaskDue(engine.getRepositoryService(), new HuifangProperties(null, null, null)));
  }

  /** After each test: no bean mocks, the real clock, no bound engine. */
  public static void end() {
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }
}
