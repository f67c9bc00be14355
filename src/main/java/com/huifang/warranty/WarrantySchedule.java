package com.huifang.warranty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import com.huifang.engine.WorkingDays;

/**
 * W2–W5, W7: every revisit date of a warranty, counted from the handover date (never from the day the
 * case is registered, so a late registration has revisits already due), moved to the next working day where it falls
 * on a weekend or a public holiday. Revisits are due at 09:00 in
 * the office's time zone; the warranty ends at the start of the day {@code handover + years}.
 */
public final class WarrantySchedule {

  /** The time of day a revisit falls due. */
  public static final LocalTime REVISIT_TIME = LocalTime.of(9, 0);
  /** W2: the tile phone revisit, days after handover. */
  public static final int TILE_REVISIT_DAYS = 60;
  /** W4, W5: months between on-site and half-yearly revisits. */
  public static final int HALF_YEAR_MONTHS = 6;
  /** W3: the first day of each season (spring, summer, autumn, winter). */
  public static final List<MonthDay> SEASON_STARTS = List.of(MonthDay.of(3, 1), MonthDay.of(6, 1),
      MonthDay.of(9, 1), MonthDay.of(12, 1));

  private WarrantySchedule() {}

  /** W7: the moment the warranty ends. */
  public static Date warrantyEnd(LocalDate handover, int years, ZoneId zone) {
    return Date.from(handover.plusYears(years).atStartOfDay(zone).toInstant());
  }

  /**
   * Every scheduled revisit, in date order; tile and wood revisits only for work of that kind. A revisit whose day is
   * not a working day of the office is due on the next one, and says so ({@link WorkingDays#schedule}).
   */
  public static List<ScheduledRevisit> revisits(LocalDate handover, int years, Set<WorkKind> work, String project,
      ZoneId zone, WorkingDays workingDays) {
    LocalDate end = handover.plusYears(years);
    List<Entry> entries = new ArrayList<>();
    if (work.contains(WorkKind.TILE)) {
      entries.add(new Entry(RevisitKind.TILE, handover.plusDays(TILE_REVISIT_DAYS)));
    }
    if (work.contains(WorkKind.WOOD)) {
      LocalDate firstYearEnd = handover.plusYears(1);
      for (int year = handover.getYear(); year <= firstYearEnd.getYear(); year++) {
        for (MonthDay season : SEASON_STARTS) {
          LocalDate day = season.atYear(year);
          if (day.isAfter(handover) && day.isBefore(firstYearEnd)) {
            entries.add(new Entry(RevisitKind.WOOD, day));
          }
        }
      }
    }
    entries.add(new Entry(RevisitKind.ON_SITE, handover.plusMonths(HALF_YEAR_MONTHS)));
    for (int k = 2; handover.plusMonths((long) HALF_YEAR_MONTHS * k).isBefore(end); k++) {
      entries.add(new Entry(RevisitKind.HALF_YEAR, handover.plusMonths((long) HALF_YEAR_MONTHS * k)));
    }
    return entries.stream()
        .filter(e -> e.day().isBefore(end))
        .map(e -> new Scheduled(e.kind(), workingDays.schedule(e.day())))
        .sorted(Comparator.comparing((Scheduled s) -> s.day().due()).thenComparing(Scheduled::kind))
        .map(s -> new ScheduledRevisit(s.kind(), Date.from(s.day().due().atTime(REVISIT_TIME).atZone(zone).toInstant()),
            "装饰工程回访保修:" + (project == null ? "" : project + " ") + s.kind().label() + "(" + s.day().due()
                + (s.day().deferred() ? "," + s.day().note() : "") + ")", s.day().dueText()))
        .toList();
  }

  private record Entry(RevisitKind kind, LocalDate day) {}

  private record Scheduled(RevisitKind kind, WorkingDays.Scheduled day) {}
}
