package com.huifang.procurement;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A half year, written 2026-H2: the period of finance's summary (Q5), two quarters. */
record HalfYear(int year, int number) {

  private static final Pattern TEXT = Pattern.compile("^(\\d{4})-H([12])$");

  static HalfYear of(LocalDate day) {
    return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
  }

  static HalfYear parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a half year (yyyy-Hn): " + text);
    }
    return new HalfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  List<Quarter> quarters() {
    return List.of(new Quarter(year, number * 2 - 1), new Quarter(year, number * 2));
  }

  LocalDate start() {
    return quarters().get(0).start();
  }

  HalfYear previous() {
    return number == 1 ? new HalfYear(year - 1, 2) : new HalfYear(year, 1);
  }

  @Override
  public String toString() {
    return year + "-H" + number;
  }
}
