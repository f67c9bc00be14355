package com.huifang.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huifang.ProcessTests;
import com.huifang.engine.HuifangProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code ${taskDue}} bean on a plain engine: defaults from the latest deployed table counted from the engine
 * clock, the earlier of a default and a promised time, an appointment, and loud failures for a kind the table
 * lacks, a time that is no duration, or no table at all. The models' use of it is proved per process.
 */
class TaskDueProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("camunda-unit-test.cfg.xml").build();

  static final Instant NOW = ProcessTests.NOW;

  private RepositoryService repository;
  private TaskDue taskDue;
  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void begin() {
    ProcessTests.begin(engine.getProcessEngine());
    repository = engine.getRepositoryService();
    taskDue = new TaskDue(repository, new HuifangProperties(null, null, null));
  }

  @AfterEach
  void end() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
    ProcessTests.end();
  }

  private void deployTable(String officeStepDueWithin) throws IOException {
    String table = Files.readString(Path.of("processes/task-due-defaults.dmn"))
        .replace("OutputEntry_OfficeStep_DueWithin\"><text>\"P1D\"",
            "OutputEntry_OfficeStep_DueWithin\"><text>\"" + officeStepDueWithin + "\"");
    deployments.add(repository.createDeployment().addString("task-due-defaults.dmn", table).deploy().getId());
  }

  private static Date at(Duration fromNow) {
    return Date.from(NOW.plus(fromNow));
  }

  @Test
  @DisplayName("a task kind's default counts from the engine clock")
  void defaultFromNow() throws IOException {
    deployTable("P1D");
    assertThat(taskDue.forKind("office-step")).isEqualTo(at(Duration.ofDays(1)));
    assertThat(taskDue.forKind("immediate")).isEqualTo(at(Duration.ofMinutes(30)));
  }

  @Test
  @DisplayName("E6 a step before a promised time is due at the earlier of its default and that time")
  void notAfterPromisedTime() throws IOException {
    deployTable("P1D");
    assertThat(taskDue.forKindNotAfter("errand-step", at(Duration.ofHours(5)))).isEqualTo(at(Duration.ofHours(5)));
    assertThat(taskDue.forKindNotAfter("errand-step", at(Duration.ofDays(3)))).isEqualTo(at(Duration.ofDays(1)));
    assertThat(taskDue.forKindNotAfter("errand-step", at(Duration.ofHours(-2))))
        .as("a promised time already passed: due then, so it shows as overdue").isEqualTo(at(Duration.ofHours(-2)));
    assertThat(taskDue.forKindNotAfter("errand-step", null)).isEqualTo(at(Duration.ofDays(1)));
  }

  @Test
  @DisplayName("W6 a visit is due at the time agreed with the owner, read in the office's time zone, or else by the rule")
  void appointment() {
    Date otherwise = at(Duration.ofDays(2));
    assertThat(taskDue.appointedOr("2026-11-24T15:00", otherwise))
        .isEqualTo(Date.from(Instant.parse("2026-11-24T07:00:00Z")));
    assertThat(taskDue.appointedOr("2026-11-24T15:00+08:00", otherwise))
        .isEqualTo(Date.from(Instant.parse("2026-11-24T07:00:00Z")));
    assertThat(taskDue.appointedOr(at(Duration.ofHours(3)), otherwise)).isEqualTo(at(Duration.ofHours(3)));
    assertThat(taskDue.appointedOr(null, otherwise)).isEqualTo(otherwise);
    assertThat(taskDue.appointedOr(" ", otherwise)).isEqualTo(otherwise);
  }

  @Test
  @DisplayName("the office manager's edited table applies to tasks created after it is deployed")
  void latestTableApplies() throws IOException {
    deployTable("P1D");
    assertThat(taskDue.forKind("office-step")).isEqualTo(at(Duration.ofDays(1)));
    deployTable("PT8H");
    assertThat(taskDue.forKind("office-step")).isEqualTo(at(Duration.ofHours(8)));
  }

  @Test
  @DisplayName("a kind the table lacks, a time that is no duration, or no table at all fails the task's creation loudly")
  void failures() throws IOException {
    assertThatThrownBy(() -> taskDue.forKind("office-step")).hasMessageContaining("task-due-defaults is not deployed");
    deployTable("einen Tag");
    assertThatThrownBy(() -> taskDue.forKind("coffee-break"))
        .hasMessageContaining("task kind 'coffee-break' has no row");
    assertThatThrownBy(() -> taskDue.forKind("office-step"))
        .hasMessageContaining("'office-step'").hasMessageContaining("'einen Tag'");
  }
}
