package com.huifang.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * What repeated wrong passwords do to a staff account, through the REST API staff and scripts use: each wrong
 * password in a row refuses the account for longer (3 s, 6 s, 12 s … at most 60 s), even with the right password, so a
 * stranger guesses about once a minute; however many wrong passwords come, the account is never locked for good, and
 * the real user's right password, once the delay has passed, lets them in and clears the count.
 */
class LoginThrottlingSpringTest extends SpringTestBase {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("security: wrong passwords delay the account up to 60 s each, and never lock a staff member out for good")
  void strangerCannotLockOutStaff() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getLoginDelayBase()).isEqualTo(3);
    assertThat(configuration.getLoginDelayMaxTime()).isEqualTo(60);
    String staff = newUser("housekeeper");
    Instant now = Instant.now();
    ClockUtil.setCurrentTime(Date.from(now));

    // 25 wrong passwords, well past Camunda's default of 10 that locks for good, each as soon as the account is open
    long waitedSeconds = 0;
    for (int attempt = 1; attempt <= 25; attempt++) {
      assertThat(status(staff, "guess-" + attempt)).isEqualTo(HttpStatus.UNAUTHORIZED);
      long delay = Math.min(3L << (attempt - 1), 60);
      // during the delay even the right password is refused: the stranger's next guess has to wait too
      now = now.plusSeconds(delay - 1);
      ClockUtil.setCurrentTime(Date.from(now));
      assertThat(status(staff, PASSWORD)).as("right password %d s after wrong password %d", delay - 1, attempt)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      now = now.plusSeconds(2);
      ClockUtil.setCurrentTime(Date.from(now));
      waitedSeconds += delay;
    }
    // 25 guesses took the stranger over 20 minutes
    assertThat(Duration.ofSeconds(waitedSeconds)).isGreaterThan(Duration.ofMinutes(20));
    assertThat(identity.createUserQuery().userId(staff).singleResult()).isNotNull();

    // once the last delay has passed, the staff member's right password works, and clears the count
    assertThat(status(staff, PASSWORD)).isEqualTo(HttpStatus.OK);
    assertThat(status(staff, "one-more-guess")).isEqualTo(HttpStatus.UNAUTHORIZED);
    ClockUtil.setCurrentTime(Date.from(now.plusSeconds(4))); // the first delay again: 3 s, not 60
    assertThat(status(staff, PASSWORD)).isEqualTo(HttpStatus.OK);
  }

  private HttpStatus status(String user, String password) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, password).getForEntity("/engine-rest/task?maxResults=1",
        String.class).getStatusCode().value());
  }
}
