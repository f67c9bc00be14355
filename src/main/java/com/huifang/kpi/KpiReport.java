package com.huifang.kpi;

import java.time.LocalDate;
import java.util.List;

/** The KPIs of one period [from, to), computed from the engine's history. */
public record KpiReport(
    LocalDate from,
    LocalDate to,
    KpiFigure revisitRate,
    KpiFigure onSiteWithSignature,
    KpiFigure phoneOrLetter,
    KpiFigure satisfaction,
    List<ServiceLevelCompliance> serviceLevel) {

  /** K6 for one severity (general 一般, important 重要, major 重大). */
  public record ServiceLevelCompliance(String severity, String severityLabel, KpiFigure answeredInTime,
      KpiFigure resolvedInTime) {}
}
