package com.huifang.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.revisit.OwnerRevisit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * K2, K3 and K5 as the procedure counts them (issue 19), on a hand-computed fixture of one calendar year of its own
 * (after the years {@link #ownWeek()} hands out, so a shared database's other runs stay out): K2 and K3 per calendar year, the property office's own revisits
 * apart from the mall desk's and the renovation company's; K5 per source without a target.
 */
class KpiYearSpringTest extends HistoryFixture {

  @Autowired KpiService kpis;

  private ProcessInstance revisitOf(String group) {
    return engine.getRuntimeService().startProcessInstanceByKey(OwnerRevisit.KEY, Variables.createVariables()
        .putValue("ownerName", "李华").putValue("unit", "5栋201").putValue("revisitSubject", "回访")
        .putValue("revisitGroup", group));
  }

  private void round(String group, String method, boolean signed, String satisfaction) {
    conductRevisit(revisitOf(group), method, signed, satisfaction);
  }

  private static void assertFigure(KpiFigure f, long numerator, long denominator, String value, String target,
      boolean missed) {
    assertThat(f.numerator()).as(f.name()).isEqualTo(numerator);
    assertThat(f.denominator()).as(f.name()).isEqualTo(denominator);
    assertThat(f.value()).as(f.name()).isEqualTo(new BigDecimal(value));
    assertThat(f.target()).as(f.name()).isEqualTo(target == null ? null : new BigDecimal(target));
    assertThat(f.missed()).as(f.name()).isEqualTo(missed);
  }

  @Test
  @DisplayName("K2 K3 K5 per calendar year: the property office's own revisits against ≥ 40 % and ≤ 60 %, the mall desk's "
      + "and the renovation company's on lines of their own without target; K5 per source, a figure without target")
  void calendarYearPerLine() {
    // an odd year after 3000: no other test's week, and no run's "December before" (an even year) in another run's year
    int year = 3001 + 2 * ThreadLocalRandom.current().nextInt(3000);
    // the December before: a property phone revisit that the year does not count
    clockAt(LocalDate.of(year - 1, 12, 20), Duration.ZERO);
    round("customer-service", "phone", false, "satisfied");
    // March: property 5 rounds (on site signed ×2, phone, letter, questionnaire), mall 2 (phone ×2), renovation 1
    clockAt(LocalDate.of(year, 3, 10), Duration.ZERO);
    round("customer-service", "onSite", true, "verySatisfied");
    round("customer-service", "onSite", true, "satisfied");
    round("customer-service", "phone", false, "dissatisfied");
    round("housekeeper", "letter", false, "fairlySatisfied");
    round("customer-service", "questionnaire", false, "satisfied");
    round("mall-service-desk", "phone", false, "dissatisfied");
    round("mall-service-desk", "phone", false, "satisfied");
    round("warranty-service", "onSite", true, "satisfied");
    // November: property phone ×2
    clockAt(LocalDate.of(year, 11, 2), Duration.ZERO);
    round("customer-service", "phone", false, "satisfied");
    round("customer-service", "phone", false, "satisfied");

    KpiReport march = kpis.report(LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 1));
    // the month: K2, K3 of the property office's own 5 rounds; K5 of all 8 rounds (2 dissatisfied)
    assertFigure(march.onSiteWithSignature(), 2, 5, "40.0", "40.0", false);
    assertFigure(march.phoneOrLetter(), 2, 5, "40.0", "60.0", false);
    assertFigure(march.satisfaction(), 6, 8, "75.0", null, false);
    // the revisits first; then the survey, a source of its own (SurveySatisfactionSpringTest), with no answers this year
    assertThat(march.satisfactionBySource()).first().satisfies(s -> {
      assertThat(s.source()).isEqualTo("revisit");
      assertThat(s.label()).isEqualTo("回访");
      assertFigure(s.satisfaction(), 6, 8, "75.0", null, false);
    });
    assertThat(march.satisfactionBySource()).extracting(KpiReport.SourceSatisfaction::source)
        .containsExactly("revisit", "survey");

    // the year, as the report of any period in it shows it: property 7 rounds (2 signed on site; 4 phone or letter)
    KpiReport.RevisitYear whole = march.revisitYear();
    assertThat(whole.year()).isEqualTo(year);
    assertThat(whole.from()).isEqualTo(LocalDate.of(year, 1, 1));
    assertThat(whole.lines()).extracting(KpiReport.LineFigures::line).containsExactly("property", "mall", "renovation");
    KpiReport.LineFigures property = whole.lines().get(0);
    assertThat(property.revisits()).isEqualTo(7);
    assertFigure(property.onSiteWithSignature(), 2, 7, "28.6", "40.0", true);
    assertFigure(property.phoneOrLetter(), 4, 7, "57.1", "60.0", false);
    KpiReport.LineFigures mall = whole.lines().get(1);
    assertThat(mall.label()).isEqualTo("建材城客服中心回访");
    assertFigure(mall.onSiteWithSignature(), 0, 2, "0.0", null, false);
    assertFigure(mall.phoneOrLetter(), 2, 2, "100.0", null, false);
    KpiReport.LineFigures renovation = whole.lines().get(2);
    assertFigure(renovation.onSiteWithSignature(), 1, 1, "100.0", null, false);
    assertFigure(renovation.phoneOrLetter(), 0, 1, "0.0", null, false);
    // the same year from November's report; the December before counts in its own year
    assertThat(kpis.report(LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 1)).revisitYear().lines().get(0)
        .revisits()).isEqualTo(7);
    assertThat(kpis.revisitYear(year - 1, null, null).lines().get(0).revisits()).isEqualTo(1);
  }
}
