package com.huifang.survey;

import com.huifang.kpi.SatisfactionSource;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * K5 per source (issue 19): the annual survey's answers as a source of satisfaction besides the owner revisits, every
 * rated item of every questionnaire returned in the period counted once (很满意 / 满意 / 较满意 satisfied, 不满意 not).
 * Only surveys whose results are final count: S2 lets the results count once every 不满意 answer and the sample are
 * verified by a revisit.
 */
@Component
class SurveySatisfaction implements SatisfactionSource {

  private final JdbcTemplate jdbc;

  SurveySatisfaction(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String id() {
    return "survey";
  }

  @Override
  public String label() {
    return "顾客意见调查";
  }

  @Override
  public Counts count(Date start, Date end, List<String> offices, String project) {
    StringBuilder sql = new StringBuilder("select coalesce(sum(case when a.rating <> 'dissatisfied' then 1 else 0 end), 0),"
        + " count(*) from hf_survey_answer a"
        + " join hf_survey_questionnaire q on q.survey_number = a.survey_number and q.unit = a.unit"
        + " join hf_survey s on s.survey_number = a.survey_number"
        + " where s.final_at is not null and q.returned_at >= ? and q.returned_at < ?");
    List<Object> args = new ArrayList<>(List.of(new Timestamp(start.getTime()), new Timestamp(end.getTime())));
    if (offices != null) {
      if (offices.isEmpty()) {
        return new Counts(0, 0);
      }
      sql.append(" and s.office_id in (").append(String.join(", ", offices.stream().map(o -> "?").toList())).append(')');
      args.addAll(offices);
    }
    if (project != null) {
      sql.append(" and s.project = ?");
      args.add(project);
    }
    return jdbc.queryForObject(sql.toString(), (rs, row) -> new Counts(rs.getLong(1), rs.getLong(2)), args.toArray());
  }
}
