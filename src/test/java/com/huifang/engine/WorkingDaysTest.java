package com.huifang.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's working days (issue 21, part 5): weekends, public holidays and the weekend days worked in their place. */
class WorkingDaysTest {

  final WorkingDays days = WorkingDays.builtIn();

  @Test
  @DisplayName("a revisit on National Day is due on 8 October, and the task says so: 原定 10月1日(国庆节),顺延至 10月8日")
  void nationalDay() {
    WorkingDays.Scheduled scheduled = days.schedule(LocalDate.of(2026, 10, 1));
    assertThat(scheduled.due()).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(scheduled.note()).isEqualTo("原定 10月1日(国庆节),顺延至 10月8日");
    assertThat(scheduled.dueText()).isEqualTo("2026年10月8日(原定 10月1日(国庆节),顺延至 10月8日)");
  }

  @Test
  @DisplayName("Spring Festival moves to the first day back; a weekend to Monday; a weekend worked in place of a holiday (调休) is a working day")
  void springFestivalWeekendsAndMakeUpDays() {
    assertThat(days.schedule(LocalDate.of(2026, 2, 17)).due()).isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(days.schedule(LocalDate.of(2026, 3, 7)).note()).isEqualTo("原定 3月7日(星期六),顺延至 3月9日");
    WorkingDays.Scheduled makeUp = days.schedule(LocalDate.of(2026, 2, 28)); // a Saturday worked for Spring Festival
    assertThat(makeUp.deferred()).isFalse();
    assertThat(makeUp.note()).isEmpty();
    assertThat(makeUp.dueText()).isEqualTo("2026年2月28日");
    // New Year: 1-3 January off, Sunday 4 January worked
    assertThat(days.schedule(LocalDate.of(2026, 1, 1)).due()).isEqualTo(LocalDate.of(2026, 1, 4));
    assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 7))).isTrue(); // an ordinary Monday
    // 2027: the statutory days until the State Council's notice is entered
    assertThat(days.schedule(LocalDate.of(2027, 10, 1)).due()).isEqualTo(LocalDate.of(2027, 10, 4));
  }

  @Test
  @DisplayName("the office's own calendar file adds days and wins for the same date, and is read again when it changes")
  void officeFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("holidays.csv");
    Files.writeString(file, "# 本处安排\n2026-12-31,holiday,年终盘点\n2026-10-10,holiday,本处调整\n");
    WorkingDays office = new WorkingDays(file.toString());
    assertThat(office.schedule(LocalDate.of(2026, 12, 31)).note()).isEqualTo("原定 12月31日(年终盘点),顺延至 1月4日");
    assertThat(office.isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse();
    assertThat(office.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // the built-in days stay
    Files.writeString(file, "2026-12-31,workday,年终盘点取消\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(office.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(office.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // back to the built-in 调休上班
  }

  @Test
  @DisplayName("a wrong line in a calendar file is refused with its line number")
  void wrongLine() {
    assertThatThrownBy(() -> WorkingDays.read(new ByteArrayInputStream(
        "2026-01-01,holiday,元旦\n2026-13-01,holiday,不存在\n".getBytes(StandardCharsets.UTF_8)), "office.csv"))
        .hasMessageContaining("office.csv line 2");
    assertThatThrownBy(() -> WorkingDays.read(new ByteArrayInputStream(
        "2026-05-01,off,劳动节\n".getBytes(StandardCharsets.UTF_8)), "office.csv"))
        .hasMessageContaining("line 1").hasMessageContaining("holiday|workday");
  }
}
