package com.huifang.engine;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs the start-up steps of {@link StartupStep} that come after the application context, in the enum's order: the
 * only application runner of Huifang, so the order is the list's, never {@code @Order} numbers spread over
 * packages. It refuses to start when a step has no work or two, so a new step cannot be forgotten or doubled. The
 * start-up lock (on PostgreSQL) is held until it is done and released when the application is ready.
 */
@Component
public class StartupSequence implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(StartupSequence.class);

  private final Map<StartupStep, StartupWork> work = new EnumMap<>(StartupStep.class);

  StartupSequence(List<StartupWork> beans) {
    for (StartupWork bean : beans) {
      if (bean.step().phase() != StartupStep.Phase.RUNNER) {
        throw new IllegalStateException("start-up step " + bean.step() + " happens while the context starts, not as work");
      }
      StartupWork before = work.putIfAbsent(bean.step(), bean);
      if (before != null) {
        throw new IllegalStateException("two beans do start-up step " + bean.step() + ": " + before + ", " + bean);
      }
    }
    List<StartupStep> missing = Arrays.stream(StartupStep.values())
        .filter(step -> step.phase() == StartupStep.Phase.RUNNER && !work.containsKey(step)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("no bean does start-up steps " + missing);
    }
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    for (Map.Entry<StartupStep, StartupWork> step : work.entrySet()) {
      long started = System.nanoTime();
      step.getValue().run();
      LOG.debug("start-up step {} done in {} ms", step.getKey(), (System.nanoTime() - started) / 1_000_000);
    }
  }
}
