package com.huifang.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final OfficeHours hours = OfficeHours.defaults();

  private static Instant shanghai(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  @DisplayName("C2 office hours are 08:30 to 17:30 by default, opening inclusive and closing exclusive")
  void defaultHours() {
    assertThat(hours.isOpen(shanghai("2026-11-23T08:29"), SHANGHAI)).isFalse();
    assertThat(hours.isOpen(shanghai("2026-11-23T08:30"), SHANGHAI)).isTrue();
    assertThat(hours.isOpen(shanghai("2026-11-23T17:29:59"), SHANGHAI)).isTrue();
    assertThat(hours.isOpen(shanghai("2026-11-23T17:30"), SHANGHAI)).isFalse();
  }

  @Test
  @DisplayName("C2 the next office day starts this morning before opening, tomorrow morning after it")
  void nextOpening() {
    assertThat(hours.nextOpening(shanghai("2026-11-23T06:10"), SHANGHAI)).isEqualTo(shanghai("2026-11-23T08:30"));
    assertThat(hours.nextOpening(shanghai("2026-11-23T22:00"), SHANGHAI)).isEqualTo(shanghai("2026-11-24T08:30"));
    assertThat(hours.nextOpening(shanghai("2026-12-31T23:59"), SHANGHAI)).isEqualTo(shanghai("2027-01-01T08:30"));
  }

  @Test
  @DisplayName("C2 equal opening and closing times mean open around the clock; closing before opening is refused")
  void aroundTheClock() {
    var always = new OfficeHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    assertThat(always.isOpen(shanghai("2026-11-23T03:00"), SHANGHAI)).isTrue();
    assertThatThrownBy(() -> new OfficeHours(LocalTime.of(18, 0), LocalTime.of(8, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closes");
  }
}
