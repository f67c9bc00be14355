package com.huifang.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.engine.HuifangProperties;
import com.huifang.kpi.WeeklyComplaintAnalysisService.WeekComplaint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The repeated problems of a week (每周分析总结: 对反复出现的问题) and the week's dates. */
class WeeklyComplaintAnalysisServiceTest {

  private static WeekComplaint complaint(String number, String category, String unit) {
    return new WeekComplaint(number, "general", category, unit);
  }

  @Test
  @DisplayName("C10 the same category or the same unit more than once in the week is a repeated problem")
  void repeatedByCategoryAndUnit() {
    String text = WeeklyComplaintAnalysisService.repeatedProblems(List.of(
        complaint("TS-1", "company", "1栋101"),
        complaint("TS-2", "municipal", "2栋202"),
        complaint("TS-3", "company", "3栋303"),
        complaint("TS-4", null, "2栋202"),
        complaint("TS-5", "developer", "5栋505"),
        complaint("TS-6", "company", "6栋606")));
    assertThat(text).isEqualTo(String.join("\n",
        "同一类别 本公司管理服务 3 次:TS-1、TS-3、TS-6",
        "同一房号 2栋202 2 次:TS-2、TS-4"));
  }

  @Test
  @DisplayName("C10 once per category and once per unit is nothing repeated; unclassified complaints never form a category")
  void nothingRepeated() {
    assertThat(WeeklyComplaintAnalysisService.repeatedProblems(List.of())).isEqualTo("本周无反复出现的问题。");
    assertThat(WeeklyComplaintAnalysisService.repeatedProblems(List.of(
        complaint("TS-1", "company", "1栋101"), complaint("TS-2", null, "2栋202"),
        complaint("TS-3", null, "3栋303"), complaint("TS-4", "developer", " "))))
        .isEqualTo("本周无反复出现的问题。");
  }

  @Test
  @DisplayName("C10 the analysed week is the previous Monday-to-Sunday in the configured zone; the task is due Friday 18:00")
  void weekAndDueDate() {
    var service = new WeeklyComplaintAnalysisService(null, null, new HuifangProperties(null, null, null));
    // Monday 30 November 2026, 00:30 in Shanghai (still Sunday in UTC)
    Date monday = Date.from(Instant.parse("2026-11-29T16:30:00Z"));
    assertThat(service.previousWeekStart(monday)).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(service.dueDate(monday)).isEqualTo(Date.from(Instant.parse("2026-12-04T10:00:00Z")));
    // Sunday 29 November in Shanghai: still the week of the 23rd, so the previous week began on the 16th
    assertThat(service.previousWeekStart(Date.from(Instant.parse("2026-11-29T15:00:00Z"))))
        .isEqualTo(LocalDate.of(2026, 11, 16));
  }
}
