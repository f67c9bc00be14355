package com.huifang.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The revisit record's rules, without an engine. */
class RevisitRecordTest {

  static final Date NOW = Date.from(Instant.parse("2026-11-23T02:00:00Z"));

  static RevisitRecord phone(String satisfaction) {
    return new RevisitRecord("phone", null, null, satisfaction, "已修复", false, null, null, Optional.empty(), null, null);
  }

  @Test
  @DisplayName("R3 K5 very satisfied, satisfied and fairly satisfied count as satisfied; dissatisfied does not")
  void satisfactionLevels() {
    assertThat(phone("verySatisfied").satisfied()).isTrue();
    assertThat(phone("satisfied").satisfied()).isTrue();
    assertThat(phone("fairlySatisfied").satisfied()).isTrue();
    assertThat(phone("dissatisfied").satisfied()).isFalse();
    assertThat(phone("dissatisfied").validate(NOW).isEmpty()).isTrue();
    assertThat(phone("happy").validate(NOW).errors()).containsKey("satisfaction");
  }

  @Test
  @DisplayName("R1 R2 each method is recorded as such; only on-site revisits need a signature or attitude")
  void methods() {
    assertThat(phone("satisfied").methodLabel()).isEqualTo("电话回访");
    for (RevisitMethod method : RevisitMethod.values()) {
      var record = new RevisitRecord(method.id(), false, null, "satisfied", "好", false, null, null,
          Optional.empty(), "GKX-1", "公开信");
      assertThat(record.validate(NOW).errors().containsKey("ownerAttitude"))
          .as(method.id()).isEqualTo(method == RevisitMethod.ON_SITE);
    }
    assertThat(new RevisitRecord("fax", null, null, "satisfied", "好", false, null, null, Optional.empty(), null, null)
        .validate(NOW).errors()).containsKey("revisitMethod");
  }

  @Test
  @DisplayName("R4 a new issue needs its type, its text and a reply appointment in the future")
  void newIssue() {
    var past = new RevisitRecord("phone", null, null, "satisfied", "好", true, "complaint", "噪音扰民",
        Optional.of(Date.from(Instant.parse("2026-11-22T02:00:00Z"))), null, null);
    assertThat(past.validate(NOW).errors()).containsOnlyKeys("replyAppointment");
    var untyped = new RevisitRecord("phone", null, null, "satisfied", "好", true, "other", " ",
        Optional.of(Date.from(Instant.parse("2026-11-24T02:00:00Z"))), null, null);
    assertThat(untyped.validate(NOW).errors()).containsOnlyKeys("newIssueType", "newIssueDescription");
  }
}
