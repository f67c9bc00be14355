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
    return new RevisitRecord("phone", null, null, satisfaction, "已修复", false, null, null, Optional.empty(), null, null, null);
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
          Optional.empty(), null, "GKX-1", "公开信");
      assertThat(record.validate(NOW).errors().containsKey("ownerAttitude"))
          .as(method.id()).isEqualTo(method == RevisitMethod.ON_SITE);
    }
    assertThat(new RevisitRecord("fax", null, null, "satisfied", "好", false, null, null, Optional.empty(), null, null, null)
        .validate(NOW).errors()).containsKey("revisitMethod");
  }

  @Test
  @DisplayName("R4 a new issue needs its type, its text and a reply appointment in the future")
  void newIssue() {
    var past = new RevisitRecord("phone", null, null, "satisfied", "好", true, "complaint", "噪音扰民",
        Optional.of(Date.from(Instant.parse("2026-11-22T02:00:00Z"))), null, null, null);
    assertThat(past.validate(NOW).errors()).containsOnlyKeys("replyAppointment");
    var untyped = new RevisitRecord("phone", null, null, "satisfied", "好", true, "other", " ",
        Optional.of(Date.from(Instant.parse("2026-11-24T02:00:00Z"))), null, null, null);
    assertThat(untyped.validate(NOW).errors()).containsOnlyKeys("newIssueType", "newIssueDescription");
  }

  @Test
  @DisplayName("R4 P1 a new repair request needs its place, kind of fault and urgency, from the form's choices")
  void newRepair() {
    var appointment = Optional.of(Date.from(Instant.parse("2026-11-24T02:00:00Z")));
    var complete = new RevisitRecord("phone", null, null, "satisfied", "好", true, "repair", "地漏返臭", appointment,
        new RevisitRecord.NewRepair("indoor", "water", "ordinary"), null, null);
    assertThat(complete.validate(NOW).isEmpty()).isTrue();
    var missing = new RevisitRecord("phone", null, null, "satisfied", "好", true, "repair", "地漏返臭", appointment,
        new RevisitRecord.NewRepair("garden", null, "ordinary"), null, null);
    assertThat(missing.validate(NOW).errors()).containsOnlyKeys("newIssuePlace", "newIssueFaultKind");
    // a complaint or a suggestion asks none of them
    var complaint = new RevisitRecord("phone", null, null, "satisfied", "好", true, "complaint", "噪音扰民", appointment,
        new RevisitRecord.NewRepair(null, null, null), null, null);
    assertThat(complaint.validate(NOW).isEmpty()).isTrue();
  }
}
