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
    return WarrantySchedule.revisits(handover, years, work, "P", ZONE).stream()
        .map(r -> r.getKind() + "@" + r.getDue().toInstant().atZone(ZONE).toLocalDate()).toList();
  }

  @Test
  @DisplayName("W3 a season start on the handover day itself or one year later is not a revisit; the ones in between are")
  void seasonStartsStrictlyInsideTheFirstYear() {
    assertThat(days(LocalDate.of(2026, 3, 1), 1, EnumSet.of(WorkKind.WOOD)))
        .containsExactly("wood@2026-06-01", "wood@2026-09-01", "onSite@2026-09-01", "wood@2026-12-01");
  }

  @Test
  @DisplayName("W2 W4 W5 W7 tile at 60 days, on site at 6 months, half-yearly before the end; stone or paint alone adds no phone revisit")
  void tileAndHalfYears() {
    assertThat(days(LocalDate.of(2026, 8, 31), 2, EnumSet.of(WorkKind.TILE)))
        .containsExactly("tile@2026-10-30", "onSite@2027-02-28", "halfYear@2027-08-31", "halfYear@2028-02-29");
    assertThat(days(LocalDate.of(2026, 8, 31), 1, EnumSet.of(WorkKind.STONE, WorkKind.PAINT)))
        .containsExactly("onSite@2027-02-28");
    assertThat(WarrantySchedule.warrantyEnd(LocalDate.of(2026, 8, 31), 2, ZONE).toInstant())
        .isEqualTo(LocalDate.of(2028, 8, 31).atStartOfDay(ZONE).toInstant());
  }
}
