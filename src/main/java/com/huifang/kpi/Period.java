package com.huifang.kpi;

import com.huifang.engine.DateInput;
import com.huifang.engine.InvalidInput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** A period of days [from, to) as the API takes it: {@code from=YYYY-MM-DD&to=YYYY-MM-DD}, {@code to} exclusive. */
record Period(LocalDate from, LocalDate to) {

  Period {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
  }

  /** The period of the query parameters, at most {@code maxDays} long (0: no limit); else refused field by field. */
  static Period parse(String from, String to, int maxDays) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate start = date("from", from, errors);
    LocalDate end = date("to", to, errors);
    if (errors.isEmpty() && !start.isBefore(end)) {
      errors.put("to", "结束日期须晚于开始日期(不含结束日期当天)");
    }
    if (errors.isEmpty() && maxDays > 0 && ChronoUnit.DAYS.between(start, end) > maxDays) {
      errors.put("to", "查询期间最长" + maxDays + "天");
    }
    if (!errors.isEmpty()) {
      InvalidInput.throwIfAny(errors, "查询期间");
    }
    return new Period(start, end);
  }

  Date start(ZoneId zone) {
    return Date.from(from.atStartOfDay(zone).toInstant());
  }

  Date end(ZoneId zone) {
    return Date.from(to.atStartOfDay(zone).toInstant());
  }

  static boolean within(Date time, Date start, Date end) {
    return time != null && !time.before(start) && time.before(end);
  }

  private static LocalDate date(String field, String value, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, "请填写日期,格式 YYYY-MM-DD");
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      if (!DateInput.plausible(date)) {
        errors.put(field, "日期须在" + DateInput.MIN_YEAR + "年至" + DateInput.MAX_YEAR + "年之间: " + value);
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.put(field, "日期格式不正确,应为 YYYY-MM-DD: " + value);
      return null;
    }
  }
}
