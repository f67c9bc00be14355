package com.huifang.procurement;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written 2026-Q3: the period of one sample (Q2). */
record Quarter(int year, int number) {

  private static final Pattern TEXT = Pattern.compile("^(\\d{4})-Q([1-4])$");

  Quarter {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("a quarter is 1 to 4, got " + number);
    }
  }

  static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  static Quarter parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a quarter (yyyy-Qn): " + text);
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The first day. */
  LocalDate start() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  /** The day after the last. */
  LocalDate end() {
    return start().plusMonths(3);
  }

  Quarter next() {
    return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
  }

  Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
