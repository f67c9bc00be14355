package com.huifang.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One KPI figure (K1–K7): numerator / denominator as a percentage with one decimal, its target and
 * whether the target was missed. No denominator means no data: the value is null and nothing is missed. A figure the
 * seeds give no target for (K5, issue 19) has target and bound null and is never missed: a figure with its trend.
 */
public record KpiFigure(
    String rule, String name, long numerator, long denominator, BigDecimal value, BigDecimal target,
    Bound bound, boolean missed) {

  /** Whether the target is a floor (at least) or a ceiling (at most). */
  public enum Bound { AT_LEAST, AT_MOST }

  /** A figure without a target: its value only (K5, and the K2/K3 lines of the mall and the renovation company). */
  static KpiFigure untargeted(String rule, String name, long numerator, long denominator) {
    BigDecimal value = denominator == 0 ? null : BigDecimal.valueOf(numerator * 100L)
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    return new KpiFigure(rule, name, numerator, denominator, value, null, null, false);
  }

  static KpiFigure of(String rule, String name, long numerator, long denominator, int target, Bound bound) {
    BigDecimal targetValue = BigDecimal.valueOf(target).setScale(1);
    if (denominator == 0) {
      return new KpiFigure(rule, name, numerator, 0, null, targetValue, bound, false);
    }
    BigDecimal value = BigDecimal.valueOf(numerator * 100L)
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    boolean missed = bound == Bound.AT_LEAST ? value.compareTo(targetValue) < 0 : value.compareTo(targetValue) > 0;
    return new KpiFigure(rule, name, numerator, denominator, value, targetValue, bound, missed);
  }
}
