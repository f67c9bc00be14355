package com.huifang.complaint;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The customer-service center's office hours (rule C2), every day, in the office's time zone
 * ({@code huifang.office-hours.opens} / {@code closes}, default 08:30–17:30). Equal opening and closing
 * times mean the center is open around the clock.
 */
@ConfigurationProperties("huifang.office-hours")
public record OfficeHours(LocalTime opens, LocalTime closes) {

  public OfficeHours {
    opens = opens == null ? LocalTime.of(8, 30) : opens;
    closes = closes == null ? LocalTime.of(17, 30) : closes;
    if (closes.isBefore(opens)) {
      throw new IllegalArgumentException("huifang.office-hours: closes (" + closes + ") is before opens (" + opens + ")");
    }
  }

  public static OfficeHours defaults() {
    return new OfficeHours(null, null);
  }

  public boolean aroundTheClock() {
    return opens.equals(closes);
  }

  /** Whether the center is open at this moment. */
  public boolean isOpen(Instant at, ZoneId zone) {
    if (aroundTheClock()) {
      return true;
    }
    LocalTime time = at.atZone(zone).toLocalTime();
    return !time.isBefore(opens) && time.isBefore(closes);
  }

  /** The start of the next office day after this moment: today's opening if it is still to come, else tomorrow's. */
  public Instant nextOpening(Instant after, ZoneId zone) {
    ZonedDateTime local = after.atZone(zone);
    ZonedDateTime today = local.with(opens).withSecond(0).withNano(0);
    return (local.isBefore(today) ? today : today.plusDays(1)).toInstant();
  }
}
