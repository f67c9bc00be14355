package com.huifang.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The KPIs of one period [from, to), computed from the engine's history. */
public record KpiReport(
    LocalDate from,
    LocalDate to,
    KpiFigure revisitRate,
    KpiFigure onSiteWithSignature,
    KpiFigure phoneOrLetter,
    KpiFigure satisfaction,
    List<ServiceLevelCompliance> serviceLevel,
    List<MethodCount> revisitMethods,
    KpiFigure repairRevisitRate,
    List<RepairResponseCompliance> repairResponse,
    RevisitYear revisitYear,
    List<SourceSatisfaction> satisfactionBySource) {

  /** Without the calendar year's lines and K5 per source (a report of the figures before issue 19). */
  public KpiReport(LocalDate from, LocalDate to, KpiFigure revisitRate, KpiFigure onSiteWithSignature,
      KpiFigure phoneOrLetter, KpiFigure satisfaction, List<ServiceLevelCompliance> serviceLevel,
      List<MethodCount> revisitMethods, KpiFigure repairRevisitRate, List<RepairResponseCompliance> repairResponse) {
    this(from, to, revisitRate, onSiteWithSignature, phoneOrLetter, satisfaction, serviceLevel, revisitMethods,
        repairRevisitRate, repairResponse, null, List.of());
  }

  /** The complaint and revisit figures alone (before repair requests, issue 17): the repair figures without data. */
  public KpiReport(LocalDate from, LocalDate to, KpiFigure revisitRate, KpiFigure onSiteWithSignature,
      KpiFigure phoneOrLetter, KpiFigure satisfaction, List<ServiceLevelCompliance> serviceLevel,
      List<MethodCount> revisitMethods) {
    this(from, to, revisitRate, onSiteWithSignature, phoneOrLetter, satisfaction, serviceLevel, revisitMethods,
        KpiService.repairRevisitRate(0, 0), KpiService.repairResponse(null));
  }

  /**
   * Every figure of the report in the dashboard's order: K1, K2, K3, K5, then K6 per severity (answered, resolved),
   * then the repair requests' K7 revisit rate and K6 response per urgency.
   */
  public static List<KpiFigure> figures(KpiReport report) {
    List<KpiFigure> figures = new ArrayList<>(List.of(report.revisitRate(), report.onSiteWithSignature(),
        report.phoneOrLetter(), report.satisfaction()));
    report.serviceLevel().forEach(level -> {
      figures.add(level.answeredInTime());
      figures.add(level.resolvedInTime());
    });
    figures.add(report.repairRevisitRate());
    report.repairResponse().forEach(level -> figures.add(level.respondedInTime()));
    return figures;
  }

  /**
   * K2 and K3 as the procedure counts them (issue 19): over the owner revisits of one calendar year [from, to), one
   * line each for the property office's own revisits (the targets ≥ 40 % and ≤ 60 %, seed 000 篇1 四 1 and 3), the mall
   * desk's and the renovation company's (their own figures, no target in the seeds).
   */
  public record RevisitYear(int year, LocalDate from, LocalDate to, List<LineFigures> lines) {}

  /** K2 and K3 of one line of revisits ({@link RevisitLine}) in the year. */
  public record LineFigures(String line, String label, long revisits, KpiFigure onSiteWithSignature,
      KpiFigure phoneOrLetter) {}

  /** K5 of one source of verdicts (revisits; the annual survey adds its own), without a target. */
  public record SourceSatisfaction(String source, String label, KpiFigure satisfaction) {}

  /** K6 for one severity (general 一般, important 重要, major 重大). */
  public record ServiceLevelCompliance(String severity, String severityLabel, KpiFigure answeredInTime,
      KpiFigure resolvedInTime) {}

  /** K6 for repair requests of one urgency (urgent 紧急, ordinary 一般, P2): on site by the response deadline. */
  public record RepairResponseCompliance(String urgency, String urgencyLabel, KpiFigure respondedInTime) {}

  /**
   * How many of the period's revisits (the denominator of K2, K3) used one method (R1), every method
   * listed, also with 0; {@code method} null (label 未记录) for revisits without a round record.
   */
  public record MethodCount(String method, String label, long count) {}
}
