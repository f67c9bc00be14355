package com.huifang.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

  /** The date, empty when the value is absent or blank; an unreadable value, or one outside the years 1900–2999, is empty too. */
  public static Optional<Date> parse(Object value, ZoneId zone) {
    if (value instanceof Date date) {
      return Optional.of(date);
    }
    if (!(value instanceof String text) || text.isBlank()) {
      return Optional.empty();
    }
    String trimmed = text.trim();
    try {
      return sane(OffsetDateTime.parse(trimmed).toInstant());
    } catch (DateTimeParseException notWithOffset) {
      // try the next form
    }
    try {
      return sane(LocalDateTime.parse(trimmed).atZone(zone).toInstant());
    } catch (DateTimeParseException notLocalDateTime) {
      // try the next form
    }
    try {
      return sane(LocalDate.parse(trimmed).atStartOfDay(zone).toInstant());
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }

  /** Years a date of this business can fall in; anything else (year 0, year 999999999) is not a date staff meant. */
  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2999;

  /** True when {@code date} is within {@link #MIN_YEAR}–{@link #MAX_YEAR}. */
  public static boolean plausible(LocalDate date) {
    return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
  }

  private static Optional<Date> sane(Instant instant) {
    int year = instant.atOffset(ZoneOffset.UTC).getYear();
    return year >= MIN_YEAR && year <= MAX_YEAR ? Optional.of(Date.from(instant)) : Optional.empty();
  }
}
