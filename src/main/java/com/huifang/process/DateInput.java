package com.huifang.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/**
 * Dates as they arrive from Camunda Forms (a datetime field sends "2026-11-24T10:00+08:00", or without
 * an offset, or a date alone) or from Java callers (a {@link Date}). Times without an offset are read
 * in the office's time zone.
 */
public final class DateInput {

  private DateInput() {}

  /** The date, empty when the value is absent or blank; an unreadable value is empty too. */
  public static Optional<Date> parse(Object value, ZoneId zone) {
    if (value instanceof Date date) {
      return Optional.of(date);
    }
    if (!(value instanceof String text) || text.isBlank()) {
      return Optional.empty();
    }
    String trimmed = text.trim();
    try {
      return Optional.of(Date.from(OffsetDateTime.parse(trimmed).toInstant()));
    } catch (DateTimeParseException notWithOffset) {
      // try the next form
    }
    try {
      return Optional.of(Date.from(LocalDateTime.parse(trimmed).atZone(zone).toInstant()));
    } catch (DateTimeParseException notLocalDateTime) {
      // try the next form
    }
    try {
      return Optional.of(Date.from(LocalDate.parse(trimmed).atStartOfDay(zone).toInstant()));
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }
}
