package com.huifang.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The revisit dates of W2–W5 and W7, without an engine. */
class WarrantyScheduleTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static List<String> days(LocalDate handover, int years, EnumSet<WorkKind> work) {
    return WarrantySchedule.revisits(handover, years, work, "P", ZONE, com.huifang.engine.WorkingDays.builtIn()).stream()
        .map(r -> r.getKind() + "@" + r.getDue().toInstant().atZone(ZONE).toLocalDate()).toList();
  }

  @Test
  @DisplayName("W3 a season start on the handover day itself or one year later is not a revisit; the ones in between are")
  void seasonStartsStrictlyInsideTheFirstYear() {
    assertThat(days(LocalDate.of(2026, 3, 1), 1, EnumSet.of(WorkKind.WOOD)))
        .containsExactly("wood@2026-06-01", "wood@2026-09-01", "onSite@2026-09-01", "wood@2026-12-01");
  }

  @Test
  @DisplayName("W2 a revisit on a public holiday is due on the next working day, its subject and date text say from when")
  void holidaysMoveRevisits() {
    var revisits = WarrantySchedule.revisits(LocalDate.of(2026, 8, 2), 1, EnumSet.of(WorkKind.TILE), "P", ZONE,
        com.huifang.engine.WorkingDays.builtIn());
    assertThat(revisits.get(0).getDue().toInstant().atZone(ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(revisits.get(0).getDateText()).isEqualTo("2026年10月8日(原定 10月1日(国庆节),顺延至 10月8日)");
    assertThat(revisits.get(0).getSubject()).isEqualTo("装饰工程回访保修:P 墙地砖铺贴工程电话回访(竣工交付后60天)(2026-10-08,原定 10月1日(国庆节),顺延至 10月8日)");
    assertThat(revisits.get(1).getDateText()).isEqualTo("2027年2月2日"); // on site at 6 months, a Tuesday
  }

  @Test
  @DisplayName("W2 W4 W5 W7 tile at 60 days, on site at 6 months, half-yearly before the end; stone or paint alone adds no phone revisit")
  void tileAndHalfYears() {
    assertThat(days(LocalDate.of(2026, 8, 31), 2, EnumSet.of(WorkKind.TILE)))
        .containsExactly("tile@2026-10-30", "onSite@2027-03-01", "halfYear@2027-08-31", "halfYear@2028-02-29");
    // 28 February 2027 is a Sunday: the on-site revisit is due on Monday 1 March
    assertThat(days(LocalDate.of(2026, 8, 31), 1, EnumSet.of(WorkKind.STONE, WorkKind.PAINT)))
        .containsExactly("onSite@2027-03-01");
    assertThat(WarrantySchedule.warrantyEnd(LocalDate.of(2026, 8, 31), 2, ZONE).toInstant())
        .isEqualTo(LocalDate.of(2028, 8, 31).atStartOfDay(ZONE).toInstant());
  }
}
