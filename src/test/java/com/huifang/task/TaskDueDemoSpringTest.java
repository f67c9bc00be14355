package com.huifang.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.huifang.SpringTestBase;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

/**
 * Demo mode, a few minutes after the start (its two-minute stories have run out and the job executor has run the
 * due timers): every open task has a due date, and Tasklist's 即将超时 and 已超时 filters, listed through the REST API
 * as each group's demo user, show that group's work due within the hour or late.
 */
@TestPropertySource(properties = "huifang.demo.enabled=true")
@Tag("own-jvm") // its own application context and a database of its own: it runs the demo's due timers
class TaskDueDemoSpringTest extends SpringTestBase {

  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired Environment environment;

  @Test
  @DisplayName("demo mode fills 即将超时 and 已超时 with each group's work due within the hour or late; every task has a due date")
  void demoFillsTheDueFilters() {
    // on the shared PostgreSQL test database the demo cases are opened once, by whichever demo test starts first,
    // and other tests expect their timers not yet run; demo mode is an H2 feature (off with the postgres profile)
    assumeFalse(Arrays.asList(environment.getActiveProfiles()).contains("postgres"), "demo mode runs on H2");
    Date threeMinutesOn = Date.from(new Date().toInstant().plus(Duration.ofMinutes(3)));
    ClockUtil.setCurrentTime(threeMinutesOn);
    runDueJobs(engine.getManagementService());
    ClockUtil.setCurrentTime(Date.from(threeMinutesOn.toInstant().plusSeconds(1))); // a moment later

    assertThat(engine.getTaskService().createTaskQuery().list()).isNotEmpty()
        .allSatisfy(task -> assertThat(task.getDueDate()).as(task.getName()).isNotNull());

    Map<String, String> soonAndLate = new LinkedHashMap<>();
    for (String user : List.of("kefu", "jiankong", "guanjia", "daguanjia", "shouxi", "jingli", "zongjingli", "guandai",
        "gongcheng", "zhixu", "baojie", "lvhua", "zhuguan", "jiancai", "shanghu", "shanghu2", "weixiu")) {
      int soon = filterList(user, "即将超时").size();
      int late = filterList(user, "已超时").size();
      soonAndLate.put(user, (soon > 0 ? "即将超时" : "") + (late > 0 ? "已超时" : ""));
    }
    assertThat(soonAndLate).containsAllEntriesOf(Map.of(
        // customer service: a revisit due within the hour and one 3 hours late, the cake not delivered on time
        "kefu", "即将超时已超时",
        // a complaint to classify within the hour; the owner not answered within the hour (C5, C6)
        "guanjia", "即将超时已超时",
        // the important complaint to answer within its 3 hours, received 2 hours ago; a suggestion from yesterday
        "daguanjia", "即将超时已超时",
        // told at once of the important complaint 2 hours ago, not yet acknowledged
        "shouxi", "已超时",
        // the cleaning department's work is due within 30 minutes (C8)
        "baojie", "即将超时",
        // the cake's promised delivery time has passed: urge it within the hour (E6)
        "zhuguan", "即将超时",
        // W2-W5 the late registration's revisits, overdue since their own dates; W6 a repair visit booked within the hour
        "weixiu", "即将超时已超时"));
    // work due later shows in 我组的任务 only: the engineering department's by tomorrow, the mall's by M4's deadline
    assertThat(soonAndLate).containsAllEntriesOf(Map.of("gongcheng", "", "jiancai", "", "shanghu", ""));
  }

  /** What the job executor does at start: every timer already due runs. */
  private static void runDueJobs(ManagementService management) {
    for (int round = 0; round < 5; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private List<Map<String, Object>> filterList(String user, String filterName) {
    String id = engine.getFilterService().createTaskFilterQuery().filterName(filterName).singleResult().getId();
    return as(user).exchange("/engine-rest/filter/" + id + "/list?maxResults=1000", HttpMethod.POST,
        new HttpEntity<>(Map.of()), LIST).getBody();
  }
}
