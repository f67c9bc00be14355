package com.huifang.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.kpi.KpiFigure;
import com.huifang.kpi.KpiReport;
import com.huifang.kpi.KpiService;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * K5 per source (issue 19): the annual survey's answers are a source of satisfaction of their own in GET /api/kpis,
 * counted once its results are final (S2), per office, project and period. Hand-computed fixture: a final survey's
 * four answers 很满意, 满意, 较满意, 不满意 give 3 / 4; a survey still being verified adds nothing.
 */
class SurveySatisfactionSpringTest extends SpringTestBase {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired JdbcTemplate jdbc;
  @Autowired KpiService kpis;

  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final String office = "k5" + run;

  private void survey(String number, String project, boolean fin, Timestamp returned, String... ratings) {
    jdbc.update("insert into hf_survey (survey_number, office_id, project, survey_year, deadline, items, status,"
        + " started_at, final_at) values (?, ?, ?, 2031, ?, 'service=客户服务', ?, ?, ?)", number, office, project,
        java.sql.Date.valueOf("2031-06-30"), fin ? "final" : "verifying", returned, fin ? returned : null);
    for (int i = 0; i < ratings.length; i++) {
      String unit = "1栋" + (101 + i);
      jdbc.update("insert into hf_survey_questionnaire (survey_number, unit, owner_name, returned_at, source)"
          + " values (?, ?, '业主', ?, 'tasklist')", number, unit, returned);
      jdbc.update("insert into hf_survey_answer (survey_number, unit, item_id, rating) values (?, ?, 'service', ?)",
          number, unit, ratings[i]);
    }
  }

  @Test
  @DisplayName("K5 S2 the survey is a source of K5 of its own: a final survey's answers 3 of 4 satisfied; an unverified survey adds nothing")
  void surveyIsASourceOfK5() {
    Timestamp june = Timestamp.from(LocalDate.of(2031, 6, 10).atTime(10, 0).atZone(ZONE).toInstant());
    survey("DC-K5-" + run + "-1", "项目甲" + run, true, june, "verySatisfied", "satisfied", "fairlySatisfied",
        "dissatisfied");
    survey("DC-K5-" + run + "-2", "项目乙" + run, false, june, "dissatisfied", "dissatisfied");

    KpiReport report = kpis.report(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 7, 1), List.of(office), null);
    KpiFigure survey = report.satisfactionBySource().stream().filter(s -> "survey".equals(s.source())).findFirst()
        .orElseThrow().satisfaction();
    assertThat(survey.numerator()).isEqualTo(3);
    assertThat(survey.denominator()).isEqualTo(4);
    assertThat(survey.value()).isEqualByComparingTo("75.0");
    assertThat(survey.target()).isNull();
    // the revisits stay a source of their own
    assertThat(report.satisfactionBySource()).extracting(KpiReport.SourceSatisfaction::source).contains("revisit", "survey");
    // another period, or another office, counts none of it
    KpiReport may = kpis.report(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 6, 1), List.of(office), null);
    assertThat(may.satisfactionBySource().stream().filter(s -> "survey".equals(s.source())).findFirst().orElseThrow()
        .satisfaction().denominator()).isZero();
    KpiReport elsewhere = kpis.report(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 7, 1), List.of("x" + run), null);
    assertThat(elsewhere.satisfactionBySource().stream().filter(s -> "survey".equals(s.source())).findFirst()
        .orElseThrow().satisfaction().denominator()).isZero();
  }
}
