package com.huifang.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The start-up runs as StartupStep lists it, whatever order the beans come in, and no step can be left out or doubled. */
class StartupSequenceTest {

  private final List<StartupStep> ran = new ArrayList<>();

  private List<StartupWork> everyStep() {
    return new ArrayList<>(Arrays.stream(StartupStep.values())
        .filter(step -> step.phase() == StartupStep.Phase.RUNNER)
        .map(step -> StartupWork.of(step, () -> ran.add(step))).toList());
  }

  @Test
  @DisplayName("the steps run in the list's order, not in the order of the beans")
  void runsInListOrder() throws Exception {
    List<StartupWork> beans = everyStep();
    Collections.reverse(beans);
    new StartupSequence(beans).run(null);
    assertThat(ran).containsExactly(Arrays.stream(StartupStep.values())
        .filter(step -> step.phase() == StartupStep.Phase.RUNNER).toArray(StartupStep[]::new));
    assertThat(ran.get(0)).isEqualTo(StartupStep.STAFF_GROUPS);
    assertThat(ran.get(ran.size() - 1)).isEqualTo(StartupStep.KPI_BACKFILL);
  }

  @Test
  @DisplayName("a step without work, a step done twice, or work for a step of the context refuses to start")
  void refusesAnIncompleteSequence() {
    List<StartupWork> missing = everyStep();
    missing.removeIf(work -> work.step() == StartupStep.TASK_FILTERS);
    assertThatThrownBy(() -> new StartupSequence(missing)).hasMessageContaining("TASK_FILTERS");

    List<StartupWork> doubled = everyStep();
    doubled.add(StartupWork.of(StartupStep.DEMO_MALL, () -> { }));
    assertThatThrownBy(() -> new StartupSequence(doubled)).hasMessageContaining("DEMO_MALL");

    List<StartupWork> context = everyStep();
    context.add(StartupWork.of(StartupStep.MIGRATIONS, () -> { }));
    assertThatThrownBy(() -> new StartupSequence(context)).hasMessageContaining("MIGRATIONS");
  }
}
