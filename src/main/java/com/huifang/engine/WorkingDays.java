package com.huifang.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The office's working days: Monday to Friday, except the public holidays, plus the weekend days worked in their place
 * (调休上班), from the calendar in {@code calendar/working-days-cn.csv} and the office's own file
 * ({@code huifang.calendar.file}: its lines are added and win for the same date; it is read again when it changes, so
 * the office maintains it without a release). A scheduled revisit that falls on a day the office is closed is due on
 * the next working day ({@link #schedule}).
 */
@Component
public class WorkingDays {

  static final String BUILT_IN = "calendar/working-days-cn.csv";
  private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

  /** A day of the calendar that is not an ordinary weekday or weekend day. */
  record Day(boolean working, String name) {}

  /** A revisit's scheduled day and the day it is due: the next working day on or after it. */
  public record Scheduled(LocalDate scheduled, LocalDate due, String reason) {

    public boolean deferred() {
      return !scheduled.equals(due);
    }

    /** For the task: "原定 10月1日(国庆节),顺延至 10月8日", or nothing when it was not moved. */
    public String note() {
      return deferred() ? "原定 " + monthDay(scheduled) + "(" + reason + "),顺延至 " + monthDay(due) : "";
    }

    /** The due day as staff read it, with the note: "2026年10月8日(原定 10月1日(国庆节),顺延至 10月8日)". */
    public String dueText() {
      String day = due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日";
      return deferred() ? day + "(" + note() + ")" : day;
    }

    private static String monthDay(LocalDate day) {
      return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
  }

  private final Path officeFile;
  private final Map<LocalDate, Day> builtIn;
  private volatile Map<LocalDate, Day> days;
  private volatile FileTime officeFileRead;

  public WorkingDays(@Value("${huifang.calendar.file:}") String officeFile) {
    this.officeFile = officeFile == null || officeFile.isBlank() ? null : Path.of(officeFile);
    try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      this.builtIn = read(in, BUILT_IN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.days = builtIn;
  }

  /** The built-in calendar only (tests, and where no office file is configured). */
  public static WorkingDays builtIn() {
    return new WorkingDays(null);
  }

  public boolean isWorkingDay(LocalDate day) {
    Day listed = calendar().get(day);
    return listed != null ? listed.working() : day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
  }

  /** The day a revisit scheduled for {@code day} is due: that day if the office works then, else the next working day. */
  public Scheduled schedule(LocalDate day) {
    LocalDate due = day;
    for (int i = 0; !isWorkingDay(due); i++) {
      if (i > 60) {
        throw new IllegalStateException("no working day within 60 days of " + day + ": check the calendar");
      }
      due = due.plusDays(1);
    }
    Day listed = calendar().get(day);
    String reason = listed != null && !listed.working() ? listed.name() : WEEKDAYS[day.getDayOfWeek().getValue() - 1];
    return new Scheduled(day, due, reason);
  }

  private Map<LocalDate, Day> calendar() {
    if (officeFile == null) {
      return days;
    }
    try {
      FileTime modified = Files.exists(officeFile) ? Files.getLastModifiedTime(officeFile) : null;
      if (modified == null ? officeFileRead != null : !modified.equals(officeFileRead)) {
        synchronized (this) {
          Map<LocalDate, Day> merged = new HashMap<>(builtIn);
          if (modified != null) {
            try (InputStream in = Files.newInputStream(officeFile)) {
              merged.putAll(read(in, officeFile.toString()));
            }
          }
          days = merged;
          officeFileRead = modified;
        }
      }
      return days;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the office calendar " + officeFile, e);
    }
  }

  /** Lines {@code date,kind,name}: kind {@code holiday} or {@code workday}; {@code #} starts a comment. */
  static Map<LocalDate, Day> read(InputStream in, String source) throws IOException {
    if (in == null) {
      throw new IOException("calendar " + source + " not found");
    }
    Map<LocalDate, Day> days = new HashMap<>();
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] parts = text.split(",", 3);
      try {
        if (parts.length < 2 || !(parts[1].strip().equals("holiday") || parts[1].strip().equals("workday"))) {
          throw new IllegalArgumentException("expected date,holiday|workday,name");
        }
        boolean working = parts[1].strip().equals("workday");
        String name = parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : working ? "调休上班" : "节假日";
        days.put(LocalDate.parse(parts[0].strip()), new Day(working, name));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new IllegalArgumentException("calendar " + source + " line " + number + " \"" + text + "\": "
            + e.getMessage());
      }
    }
    return days;
  }
}
