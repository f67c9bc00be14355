package com.huifang.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The survey register: surveys, questionnaires and answers in Huifang's own tables (V14), not in process variables. */
@Repository
class SurveyRegister {

  private static final String SURVEY_COLUMNS = "survey_number, office_id, project, survey_year, deadline, items, status,"
      + " started_by, started_at, closed_at, final_at, causes, corrective_action, preventive_action, responsible,"
      + " action_deadline, closed_out_at, closed_out_note";

  private final JdbcTemplate jdbc;

  SurveyRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A household the questionnaire goes to. */
  record Household(String unit, String ownerName, String ownerPhone) {}

  void issue(SurveyRecord survey, List<Household> households) {
    jdbc.update("insert into hf_survey (survey_number, office_id, project, survey_year, deadline, items, status,"
        + " started_by, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", survey.number(), survey.officeId(),
        survey.project(), survey.year(), survey.deadline(), SurveyItem.lines(survey.items()), survey.status(),
        survey.startedBy(), Timestamp.from(survey.startedAt()));
    jdbc.batchUpdate("insert into hf_survey_questionnaire (survey_number, unit, owner_name, owner_phone)"
        + " values (?, ?, ?, ?)", households.stream()
        .map(h -> new Object[] {survey.number(), h.unit(), h.ownerName(), h.ownerPhone()}).toList());
  }

  Optional<SurveyRecord> find(String number) {
    return jdbc.query("select " + SURVEY_COLUMNS + " from hf_survey where survey_number = ?", SurveyRegister::survey,
        number).stream().findFirst();
  }

  Optional<SurveyRecord> find(String project, int year) {
    return jdbc.query("select " + SURVEY_COLUMNS + " from hf_survey where project = ? and survey_year = ?",
        SurveyRegister::survey, project, year).stream().findFirst();
  }

  /** The surveys of the offices named (null: of every office), newest year first, then by project. */
  List<SurveyRecord> all(List<String> offices) {
    String sql = "select " + SURVEY_COLUMNS + " from hf_survey";
    List<Object> args = new ArrayList<>();
    if (offices != null) {
      if (offices.isEmpty()) {
        return List.of();
      }
      sql += " where office_id in (" + String.join(",", offices.stream().map(o -> "?").toList()) + ")";
      args.addAll(offices);
    }
    return jdbc.query(sql + " order by survey_year desc, project", SurveyRegister::survey, args.toArray());
  }

  /** The survey's questionnaires in unit order, each with its answers. */
  List<Questionnaire> questionnaires(String number) {
    Map<String, Map<String, String>> answers = new LinkedHashMap<>();
    jdbc.query("select unit, item_id, rating from hf_survey_answer where survey_number = ?", row -> {
      answers.computeIfAbsent(row.getString("unit"), u -> new LinkedHashMap<>())
          .put(row.getString("item_id"), row.getString("rating"));
    }, number);
    return jdbc.query("select unit, owner_name, owner_phone, returned_at, recorded_by, source, opinion, verify_reason,"
        + " verified_at, verified_satisfaction, verify_rounds from hf_survey_questionnaire where survey_number = ? order by unit",
        (rs, i) -> new Questionnaire(rs.getString("unit"), rs.getString("owner_name"), rs.getString("owner_phone"),
            instant(rs, "returned_at"), rs.getString("recorded_by"), rs.getString("source"), rs.getString("opinion"),
            rs.getString("verify_reason"), instant(rs, "verified_at"), rs.getString("verified_satisfaction"),
            rs.getObject("verify_rounds") == null ? null : rs.getInt("verify_rounds"),
            answers.getOrDefault(rs.getString("unit"), Map.of())), number);
  }

  /** Records a return; false when the unit has no questionnaire of this survey or it was already returned. */
  boolean recordReturn(String number, String unit, Map<String, String> answers, String opinion, String recordedBy,
      String source, Instant at) {
    int updated = jdbc.update("update hf_survey_questionnaire set returned_at = ?, recorded_by = ?, source = ?,"
        + " opinion = ? where survey_number = ? and unit = ? and returned_at is null", Timestamp.from(at), recordedBy,
        source, opinion, number, unit);
    if (updated == 0) {
      return false;
    }
    jdbc.batchUpdate("insert into hf_survey_answer (survey_number, unit, item_id, rating) values (?, ?, ?, ?)",
        answers.entrySet().stream().map(e -> new Object[] {number, unit, e.getKey(), e.getValue()}).toList());
    return true;
  }

  void status(String number, String status, String timeColumn, Instant at) {
    jdbc.update("update hf_survey set status = ?, " + timeColumn + " = ? where survey_number = ?", status,
        Timestamp.from(at), number);
  }

  void drawnForVerification(String number, String unit, String reason) {
    jdbc.update("update hf_survey_questionnaire set verify_reason = ? where survey_number = ? and unit = ?", reason,
        number, unit);
  }

  void verified(String number, String unit, String satisfaction, Integer rounds, Instant at) {
    jdbc.update("update hf_survey_questionnaire set verified_at = ?, verified_satisfaction = ?, verify_rounds = ?"
        + " where survey_number = ? and unit = ?", Timestamp.from(at), satisfaction, rounds, number, unit);
  }

  void causes(String number, String causes, String corrective, String preventive, String responsible,
      LocalDate deadline) {
    jdbc.update("update hf_survey set causes = ?, corrective_action = ?, preventive_action = ?, responsible = ?,"
        + " action_deadline = ? where survey_number = ?", causes, corrective, preventive, responsible, deadline, number);
  }

  void actionDeadline(String number, LocalDate deadline) {
    jdbc.update("update hf_survey set action_deadline = ? where survey_number = ?", deadline, number);
  }

  void closedOut(String number, String note, Instant at) {
    jdbc.update("update hf_survey set status = ?, closed_out_at = ?, closed_out_note = ? where survey_number = ?",
        SurveyRecord.CLOSED_OUT, Timestamp.from(at), note, number);
  }

  private static SurveyRecord survey(ResultSet rs, int row) throws SQLException {
    java.sql.Date actionDeadline = rs.getDate("action_deadline");
    return new SurveyRecord(rs.getString("survey_number"), rs.getString("office_id"), rs.getString("project"),
        rs.getInt("survey_year"), rs.getDate("deadline").toLocalDate(), SurveyItem.parse(rs.getString("items")),
        rs.getString("status"), rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "closed_at"),
        instant(rs, "final_at"), rs.getString("causes"), rs.getString("corrective_action"),
        rs.getString("preventive_action"), rs.getString("responsible"),
        actionDeadline == null ? null : actionDeadline.toLocalDate(), instant(rs, "closed_out_at"),
        rs.getString("closed_out_note"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp time = rs.getTimestamp(column);
    return time == null ? null : time.toInstant();
  }
}
