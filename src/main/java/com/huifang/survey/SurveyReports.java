package com.huifang.survey;

import com.huifang.engine.HuifangProperties;
import com.huifang.kpi.RegisterSheet;
import com.huifang.revisit.Satisfaction;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What a survey shows (S1, S2, K7): its status, return rate against 60 %, and satisfaction per item (K5) — final
 * only when every drawn return was verified by a revisit; the list the managers' dashboard draws; the results sheet.
 */
@Service
class SurveyReports {

  static final String SHEET_TITLE = "顾客意见调查结果";

  private final SurveyRegister register;
  private final HuifangProperties properties;

  SurveyReports(SurveyRegister register, HuifangProperties properties) {
    this.register = register;
    this.properties = properties;
  }

  /** One returned or outstanding questionnaire as the API shows it. */
  record ReturnView(String unit, String ownerName, boolean returned, OffsetDateTime returnedAt, String source,
      Map<String, String> answers, String opinion, String verifyReason, OffsetDateTime verifiedAt,
      String verifiedSatisfaction, Integer verifyRounds) {}

  /** A survey: where it stands and its figures. */
  record SurveyView(String surveyNumber, String officeId, String project, int year, LocalDate deadline, String status,
      String statusLabel, int households, int returned, Double returnRatePercent, int returnTargetPercent,
      boolean returnTargetMet, boolean resultsFinal, List<SurveyFigures.ItemFigures> items,
      SurveyFigures.ItemFigures projectSatisfaction, int toVerify, int verified, String causes,
      String correctiveAction, String preventiveAction, String responsible, LocalDate actionDeadline,
      OffsetDateTime closedOutAt, List<ReturnView> questionnaires) {}

  /** A survey in the dashboard's list: no questionnaires. */
  record SurveyLine(String surveyNumber, String officeId, String project, int year, String status, String statusLabel,
      int households, int returned, Double returnRatePercent, int returnTargetPercent, boolean returnTargetMet,
      boolean resultsFinal, List<SurveyFigures.ItemFigures> items, SurveyFigures.ItemFigures projectSatisfaction) {}

  Optional<SurveyView> view(String number) {
    return register.find(number).map(survey -> {
      List<Questionnaire> questionnaires = register.questionnaires(number);
      SurveyFigures figures = SurveyFigures.of(survey.items(), questionnaires);
      List<ReturnView> returns = questionnaires.stream().map(q -> new ReturnView(q.unit(), q.ownerName(),
          q.returned(), time(q.returnedAt()), q.source(), q.answers(), q.opinion(), q.verifyReason(),
          time(q.verifiedAt()), q.verifiedSatisfaction(), q.verifyRounds())).toList();
      return new SurveyView(survey.number(), survey.officeId(), survey.project(), survey.year(), survey.deadline(),
          survey.status(), SurveyRecord.statusLabel(survey.status()), figures.households(), figures.returned(),
          figures.returnRatePercent(), CustomerSurvey.RETURN_TARGET_PERCENT, figures.returnTargetMet(),
          isFinal(survey), figures.items(), figures.project(),
          (int) questionnaires.stream().filter(q -> q.verifyReason() != null).count(),
          (int) questionnaires.stream().filter(q -> q.verifiedAt() != null).count(), survey.causes(),
          survey.correctiveAction(), survey.preventiveAction(), survey.responsible(), survey.actionDeadline(),
          time(survey.closedOutAt()), returns);
    });
  }

  /** The surveys of the offices named (null: every office), newest year first. */
  List<SurveyLine> list(List<String> offices) {
    List<SurveyLine> lines = new ArrayList<>();
    for (SurveyRecord survey : register.all(offices)) {
      SurveyFigures figures = SurveyFigures.of(survey.items(), register.questionnaires(survey.number()));
      lines.add(new SurveyLine(survey.number(), survey.officeId(), survey.project(), survey.year(), survey.status(),
          SurveyRecord.statusLabel(survey.status()), figures.households(), figures.returned(),
          figures.returnRatePercent(), CustomerSurvey.RETURN_TARGET_PERCENT, figures.returnTargetMet(),
          isFinal(survey), figures.items(), figures.project()));
    }
    return lines;
  }

  private static boolean isFinal(SurveyRecord survey) {
    return SurveyRecord.FINAL.equals(survey.status()) || SurveyRecord.CLOSED_OUT.equals(survey.status());
  }

  /**
   * The results sheet: one row per household (its answers, opinion and verification), then per item the count of each
   * rating and the satisfaction (K5), and the return rate (K7).
   */
  void writeSheet(String number, OutputStream out) throws IOException {
    SurveyRecord survey = register.find(number).orElseThrow();
    List<Questionnaire> questionnaires = register.questionnaires(number);
    SurveyFigures figures = SurveyFigures.of(survey.items(), questionnaires);
    List<RegisterSheet.Column> columns = new ArrayList<>(List.of(new RegisterSheet.Column("序号", 6),
        new RegisterSheet.Column("房号", 16), new RegisterSheet.Column("业主", 10),
        new RegisterSheet.Column("回收时间", 18), new RegisterSheet.Column("登记方式", 10)));
    survey.items().forEach(item -> columns.add(new RegisterSheet.Column(item.label(), 10)));
    columns.addAll(List.of(new RegisterSheet.Column("意见和建议", 30), new RegisterSheet.Column("回访核实", 10),
        new RegisterSheet.Column("核实时间", 18), new RegisterSheet.Column("回访结果", 10),
        new RegisterSheet.Column("回访次数", 8)));
    String period = survey.project() + " " + survey.year() + "年度,回收率 "
        + (figures.returnRatePercent() == null ? "–" : figures.returnRatePercent() + "%") + "(" + figures.returned()
        + "/" + figures.households() + ",目标 ≥ " + CustomerSurvey.RETURN_TARGET_PERCENT + "%),"
        + (isFinal(survey) ? "结果已经回访核实" : "结果尚待回访核实");
    try (RegisterSheet sheet = new RegisterSheet(SHEET_TITLE, period, columns, properties.zone())) {
      for (Questionnaire q : questionnaires) {
        List<Object> row = new ArrayList<>(List.of(q.unit(), q.ownerName()));
        row.add(date(q.returnedAt()));
        row.add(q.source() == null ? "未回收" : Questionnaire.FROM_SPREADSHEET.equals(q.source()) ? "表格导入" : "逐份登记");
        survey.items().forEach(item -> row.add(label(q.answers().get(item.id()))));
        row.add(q.opinion());
        row.add(q.verifyReason() == null ? null : Questionnaire.DISSATISFIED.equals(q.verifyReason()) ? "不满意核实" : "抽查");
        row.add(date(q.verifiedAt()));
        row.add(label(q.verifiedSatisfaction()));
        row.add(q.verifyRounds());
        sheet.row(row.toArray());
      }
      for (Satisfaction rating : Satisfaction.values()) {
        summary(sheet, rating.label() + "(份)", figures.items().stream().map(i -> (Object) count(i, rating)).toList());
      }
      summary(sheet, "满意率(%)", figures.items().stream().map(i -> (Object) i.satisfactionPercent()).toList());
      summary(sheet, "项目满意率(%)", List.of(figures.project().satisfactionPercent() == null ? "–"
          : figures.project().satisfactionPercent()));
      sheet.write(out);
    }
  }

  private static void summary(RegisterSheet sheet, String label, List<Object> values) {
    List<Object> row = new ArrayList<>();
    row.add(label);
    row.add(null);
    row.add(null);
    row.add(null);
    row.addAll(values);
    sheet.row(row.toArray());
  }

  private static int count(SurveyFigures.ItemFigures item, Satisfaction rating) {
    return switch (rating) {
      case VERY_SATISFIED -> item.verySatisfied();
      case SATISFIED -> item.satisfied();
      case FAIRLY_SATISFIED -> item.fairlySatisfied();
      case DISSATISFIED -> item.dissatisfied();
    };
  }

  private static String label(String rating) {
    return rating == null ? null : Satisfaction.byId(rating).map(Satisfaction::label).orElse(rating);
  }

  private static Date date(Instant at) {
    return at == null ? null : Date.from(at);
  }

  private OffsetDateTime time(Instant at) {
    return at == null ? null : at.atZone(properties.zone()).toOffsetDateTime();
  }
}
