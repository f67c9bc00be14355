package com.huifang.survey;

import com.huifang.engine.CaseNumberService;
import com.huifang.engine.CaseTenants;
import com.huifang.engine.CsvRows;
import com.huifang.engine.DateInput;
import com.huifang.engine.EngineClock;
import com.huifang.engine.HuifangProperties;
import com.huifang.engine.InvalidInput;
import com.huifang.owner.OwnerContact;
import com.huifang.owner.OwnerRegister;
import com.huifang.revisit.Satisfaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The annual customer survey's rules (S1–S3, K7), on plain values: starting one survey per project and year with a
 * questionnaire per household of the owner register, recording returns (one by one or a spreadsheet), closing,
 * drawing the returns to verify, and the causes and actions. The listeners and delegates adapt the engine to it.
 */
@Service
class SurveyService {

  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2999;
  static final int MAX_TEXT = 4000;

  private final SurveyRegister register;
  private final OwnerRegister owners;
  private final CaseTenants offices;
  private final CaseNumberService caseNumbers;
  private final HuifangProperties properties;
  private final int reminderDays;

  SurveyService(SurveyRegister register, OwnerRegister owners, CaseTenants offices, CaseNumberService caseNumbers,
      HuifangProperties properties, @Value("${huifang.survey.reminder-days-before-deadline:7}") int reminderDays) {
    this.register = register;
    this.owners = owners;
    this.offices = offices;
    this.caseNumbers = caseNumbers;
    this.properties = properties;
    this.reminderDays = reminderDays;
  }

  /** A started survey: its number, when it closes, when the short return rate is reminded, how many households. */
  record Started(String number, Date closesAt, Date reminderAt, int households) {}

  /** The start's inputs, checked: project, year and deadline. */
  record Start(String project, int year, LocalDate deadline) {}

  /**
   * S1: checks the start (a project of the owner register with households, of the case's office, a year, a deadline
   * after today; no survey of the project and year yet), then issues one questionnaire per household with the items
   * {@code items}.
   */
  Started start(Object project, Object year, Object deadline, String office, String startedBy, List<SurveyItem> items) {
    Start start = check(project, year, deadline);
    List<OwnerContact> households = owners.byProject().getOrDefault(start.project(), List.of());
    String projectOffice = offices.ofProject(start.project()).orElse(offices.defaultTenant());
    new InvalidInput()
        .require(!households.isEmpty(), CustomerSurvey.Vars.PROJECT.name(),
            "业主联系册中没有项目“" + start.project() + "”的住户")
        .require(office == null || office.equals(projectOffice), CustomerSurvey.Vars.PROJECT.name(),
            "项目“" + start.project() + "”不属于本管理处")
        .throwIfAny("顾客意见调查");
    refuseSecond(start.project(), start.year());
    String number = caseNumbers.next(CustomerSurvey.NUMBER_PREFIX);
    register.issue(new SurveyRecord(number, projectOffice, start.project(), start.year(), start.deadline(), items,
        SurveyRecord.COLLECTING, startedBy, EngineClock.now(), null, null, null, null, null, null, null, null, null),
        households.stream().map(h -> new SurveyRegister.Household(h.unit(), h.ownerName(), h.phone())).toList());
    Instant closes = start.deadline().plusDays(1).atStartOfDay(properties.zone()).toInstant();
    Instant reminder = closes.minus(Duration.ofDays(reminderDays));
    if (reminder.isBefore(EngineClock.now())) {
      reminder = EngineClock.now();
    }
    return new Started(number, Date.from(closes), Date.from(reminder), households.size());
  }

  /** The start's fields, or a 400 naming each wrong one. */
  Start check(Object project, Object year, Object deadline) {
    String name = project instanceof String text ? text.strip() : "";
    Integer y = year(year);
    Optional<Date> day = deadline instanceof String || deadline instanceof Date
        ? DateInput.parse(deadline, properties.zone()) : Optional.empty();
    LocalDate today = LocalDate.ofInstant(EngineClock.now(), properties.zone());
    LocalDate last = day.map(d -> LocalDate.ofInstant(d.toInstant(), properties.zone())).orElse(null);
    new InvalidInput()
        .require(!name.isEmpty(), CustomerSurvey.Vars.PROJECT.name(), "请填写项目")
        .require(name.length() <= 100, CustomerSurvey.Vars.PROJECT.name(), "项目名称过长(最多100字)")
        .require(y != null, CustomerSurvey.Vars.YEAR, "年度应为" + MIN_YEAR + "至" + MAX_YEAR + "之间的年份")
        .require(last != null, CustomerSurvey.Vars.DEADLINE_INPUT, "请填写回收截止日期(如 2026-12-31)")
        .require(last == null || last.isAfter(today), CustomerSurvey.Vars.DEADLINE_INPUT, "回收截止日期须晚于今天")
        .throwIfAny("顾客意见调查");
    return new Start(name, y, last);
  }

  /** The survey of the project and year, if one was started. */
  Optional<SurveyRecord> of(String project, int year) {
    return register.find(project, year);
  }

  private void refuseSecond(String project, int year) {
    register.find(project, year).ifPresent(existing -> InvalidInput.throwIfAny(Map.of(CustomerSurvey.Vars.YEAR,
        "项目“" + project + "”的" + year + "年度顾客意见调查已经发起(编号 " + existing.number() + "),每个项目每年一次"),
        "顾客意见调查"));
  }

  private static Integer year(Object value) {
    long y;
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      y = number.longValue();
    } else if (value instanceof String text && text.strip().matches("\\d{4}")) {
      y = Long.parseLong(text.strip());
    } else {
      return null;
    }
    return y >= MIN_YEAR && y <= MAX_YEAR ? (int) y : null;
  }

  /** Returned and issued questionnaires so far. */
  record Progress(int returned, int households) {
    boolean all() {
      return returned == households;
    }

    boolean short_() {
      Double rate = SurveyFigures.percent(returned, households);
      return rate == null || rate < CustomerSurvey.RETURN_TARGET_PERCENT;
    }

    String text() {
      Double rate = SurveyFigures.percent(returned, households);
      return "已回收 " + returned + " / " + households + " 份,回收率 " + (rate == null ? "–" : rate + "%")
          + "(目标 ≥ " + CustomerSurvey.RETURN_TARGET_PERCENT + "%)";
    }
  }

  Progress progress(String number) {
    List<Questionnaire> all = register.questionnaires(number);
    return new Progress((int) all.stream().filter(Questionnaire::returned).count(), all.size());
  }

  /**
   * S1: records one household's returned questionnaire: {@code submitted} holds the rated items as
   * {@value CustomerSurvey#ITEM_PREFIX}id → rating id (the return form's fields); refused in Chinese when the unit is
   * not one of the survey's households, was returned already, or nothing is answered.
   */
  Progress recordReturn(String number, String unit, Map<String, Object> submitted, String opinion, String recordedBy,
      String source) {
    SurveyRecord survey = collecting(number);
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, String> answers = answers(survey, submitted, errors);
    String u = unit == null ? "" : unit.strip();
    String o = opinion == null || opinion.isBlank() ? null : opinion.strip();
    checkUnit(survey, u, register.questionnaires(number), errors);
    if (answers.isEmpty() && o == null && errors.isEmpty()) {
      errors.put(CustomerSurvey.Vars.RETURN_OPINION.name(), "问卷未填写任何评价或意见");
    }
    if (o != null && o.length() > MAX_TEXT) {
      errors.put(CustomerSurvey.Vars.RETURN_OPINION.name(), "意见过长(最多" + MAX_TEXT + "字)");
    }
    InvalidInput.throwIfAny(errors, "问卷回收登记");
    if (!register.recordReturn(number, u, answers, o, recordedBy, source, EngineClock.now())) {
      InvalidInput.throwIfAny(Map.of(CustomerSurvey.Vars.RETURN_UNIT.name(), "房号 " + u + " 的问卷已回收登记,不能重复登记"),
          "问卷回收登记");
    }
    return progress(number);
  }

  private SurveyRecord collecting(String number) {
    SurveyRecord survey = register.find(number).orElseThrow(() -> new IllegalStateException("no survey " + number));
    if (!SurveyRecord.COLLECTING.equals(survey.status())) {
      InvalidInput.throwIfAny(Map.of(CustomerSurvey.Vars.NUMBER.name(), "调查 " + number + " 已于截止日期结束回收,不能再登记问卷"),
          "问卷回收登记");
    }
    return survey;
  }

  private static void checkUnit(SurveyRecord survey, String unit, List<Questionnaire> questionnaires,
      Map<String, String> errors) {
    String field = CustomerSurvey.Vars.RETURN_UNIT.name();
    if (unit.isEmpty()) {
      errors.putIfAbsent(field, "请填写房号");
      return;
    }
    Optional<Questionnaire> q = questionnaires.stream().filter(x -> x.unit().equals(unit)).findFirst();
    if (q.isEmpty()) {
      errors.putIfAbsent(field, "房号 " + unit + " 不是项目“" + survey.project() + "”本次调查的住户");
    } else if (q.get().returned()) {
      errors.putIfAbsent(field, "房号 " + unit + " 的问卷已回收登记,不能重复登记");
    }
  }

  /** The rated items of a submission, item id → rating id; unknown items and ratings go to {@code errors}. */
  private static Map<String, String> answers(SurveyRecord survey, Map<String, Object> submitted,
      Map<String, String> errors) {
    Set<String> known = survey.items().stream().map(SurveyItem::id).collect(Collectors.toSet());
    Map<String, String> answers = new LinkedHashMap<>();
    submitted.forEach((key, value) -> {
      if (!key.startsWith(CustomerSurvey.ITEM_PREFIX) || value == null || value instanceof String s && s.isBlank()) {
        return;
      }
      String id = key.substring(CustomerSurvey.ITEM_PREFIX.length());
      Optional<Satisfaction> rating = value instanceof String s ? rating(s) : Optional.empty();
      if (!known.contains(id)) {
        errors.putIfAbsent(key, "本次调查没有此项目");
      } else if (rating.isEmpty()) {
        errors.putIfAbsent(key, "评价应为很满意、满意、较满意或不满意");
      } else {
        answers.put(id, rating.get().id());
      }
    });
    return answers;
  }

  /** A rating by its id (verySatisfied…) or its label (很满意…), as a spreadsheet may hold either. */
  static Optional<Satisfaction> rating(String text) {
    String t = text.strip();
    return Arrays.stream(Satisfaction.values()).filter(s -> s.id().equals(t) || s.label().equals(t)).findFirst();
  }

  /** A line of an import the survey refused. */
  record LineError(int line, String field, String message) {}

  /**
   * S1: returns imported from a spreadsheet (rows as CSV reads them; an .xlsx is read into the same rows): a header
   * row with 房号 (or unit), one column per item named by its label or id, and optionally 意见 (or opinion); then one
   * row per returned questionnaire, ratings as 很满意/满意/较满意/不满意. One wrong line and nothing is recorded.
   */
  List<LineError> importReturns(String number, List<CsvRows.Row> rows, String recordedBy) {
    SurveyRecord survey = collecting(number);
    List<LineError> errors = new ArrayList<>();
    List<CsvRows.Row> content = rows.stream().filter(r -> !r.blank()).toList();
    if (content.isEmpty() || content.get(0).unreadable()) {
      return List.of(new LineError(1, "header", "缺少表头行(房号、各评价项目、意见)"));
    }
    List<String> header = content.get(0).fields().stream().map(String::strip).toList();
    int unitColumn = indexOf(header, "房号", "unit");
    int opinionColumn = indexOf(header, "意见", "opinion");
    Map<Integer, SurveyItem> itemColumns = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      int column = c;
      survey.items().stream().filter(i -> i.label().equals(name) || i.id().equals(name)).findFirst()
          .ifPresent(item -> itemColumns.put(column, item));
    }
    int headerLine = content.get(0).line();
    if (unitColumn < 0) {
      errors.add(new LineError(headerLine, "unit", "表头缺少“房号”列"));
    }
    for (int c = 0; c < header.size(); c++) {
      if (c != unitColumn && c != opinionColumn && !itemColumns.containsKey(c) && !header.get(c).isEmpty()) {
        errors.add(new LineError(headerLine, header.get(c), "表头“" + header.get(c) + "”不是本次调查的评价项目"));
      }
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    List<Questionnaire> questionnaires = register.questionnaires(number);
    Set<String> seen = new HashSet<>();
    record Line(String unit, Map<String, String> answers, String opinion) {}
    List<Line> lines = new ArrayList<>();
    for (CsvRows.Row row : content.subList(1, content.size())) {
      if (row.unreadable()) {
        errors.add(new LineError(row.line(), "unit", "无法读取(引号未闭合?)"));
        break;
      }
      Map<String, String> lineErrors = new LinkedHashMap<>();
      String unit = field(row, unitColumn);
      checkUnit(survey, unit, questionnaires, lineErrors);
      if (!unit.isEmpty() && !seen.add(unit)) {
        lineErrors.putIfAbsent("unit", "房号 " + unit + " 在表中重复");
      }
      Map<String, String> answers = new LinkedHashMap<>();
      itemColumns.forEach((column, item) -> {
        String value = field(row, column);
        if (!value.isEmpty()) {
          rating(value).ifPresentOrElse(r -> answers.put(item.id(), r.id()), () -> lineErrors.putIfAbsent(
              item.label(), item.label() + "的评价“" + value + "”应为很满意、满意、较满意或不满意"));
        }
      });
      String opinion = opinionColumn < 0 ? "" : field(row, opinionColumn);
      if (answers.isEmpty() && opinion.isEmpty() && lineErrors.isEmpty()) {
        lineErrors.put("unit", "问卷未填写任何评价或意见");
      }
      if (opinion.length() > MAX_TEXT) {
        lineErrors.put("opinion", "意见过长(最多" + MAX_TEXT + "字)");
      }
      lineErrors.forEach((field, message) -> errors.add(new LineError(row.line(),
          field.equals(CustomerSurvey.Vars.RETURN_UNIT.name()) ? "unit" : field, message)));
      lines.add(new Line(unit, answers, opinion.isEmpty() ? null : opinion));
    }
    if (lines.isEmpty() && errors.isEmpty()) {
      errors.add(new LineError(headerLine, "unit", "表中没有问卷"));
    }
    if (errors.isEmpty()) {
      Instant now = EngineClock.now();
      lines.forEach(l -> register.recordReturn(number, l.unit(), l.answers(), l.opinion(), recordedBy,
          Questionnaire.FROM_SPREADSHEET, now));
    }
    return errors;
  }

  private static int indexOf(List<String> header, String... names) {
    for (int c = 0; c < header.size(); c++) {
      if (Arrays.asList(names).contains(header.get(c))) {
        return c;
      }
    }
    return -1;
  }

  private static String field(CsvRows.Row row, int column) {
    return column >= 0 && column < row.fields().size() ? row.fields().get(column).strip() : "";
  }

  /**
   * The deadline (or every questionnaire back): the survey closes, and the returns to verify are drawn (S2): every
   * one with a 不满意 answer and a sample of the rest ({@link VerificationSample}).
   */
  List<Verification> close(String number, long seed) {
    SurveyRecord survey = register.find(number).orElseThrow();
    register.status(number, SurveyRecord.VERIFYING, "closed_at", EngineClock.now());
    List<Verification> verifications = new ArrayList<>();
    for (VerificationSample.Drawn drawn : VerificationSample.draw(register.questionnaires(number), seed)) {
      Questionnaire q = drawn.questionnaire();
      register.drawnForVerification(number, q.unit(), drawn.reason());
      String dissatisfied = survey.items().stream()
          .filter(i -> Satisfaction.DISSATISFIED.id().equals(q.answers().get(i.id()))).map(SurveyItem::label)
          .collect(Collectors.joining("、"));
      String subject = "顾客意见调查回访核实:" + survey.project() + " " + q.unit()
          + (dissatisfied.isEmpty() ? "(抽查)" : "(不满意:" + dissatisfied + ")");
      verifications.add(new Verification(number, q.unit(), q.ownerName(), q.ownerPhone(), subject, drawn.reason()));
    }
    return verifications;
  }

  /** S2: a verification revisit's verdict on the household's return. */
  void verified(String number, String unit, String satisfaction, Integer rounds) {
    register.verified(number, unit, satisfaction, rounds, EngineClock.now());
  }

  /** S2: every verification done: the results count. */
  void finalizeResults(String number) {
    register.status(number, SurveyRecord.FINAL, "final_at", EngineClock.now());
  }

  /** S3: the main causes and the corrective/preventive actions (as the C13 report), with who and by when. */
  record Causes(String causes, String corrective, String preventive, String responsible, LocalDate deadline,
      boolean actionsNeeded) {}

  Causes recordCauses(String number, String causes, String corrective, String preventive, String responsible,
      Object deadline) {
    boolean needed = hasText(corrective) || hasText(preventive);
    LocalDate due = day(deadline);
    LocalDate today = LocalDate.ofInstant(EngineClock.now(), properties.zone());
    new InvalidInput()
        .require(hasText(causes), CustomerSurvey.Vars.CAUSES.name(), "请填写主要原因分析")
        .require(!needed || hasText(responsible), CustomerSurvey.Vars.RESPONSIBLE.name(), "请填写措施责任人或责任部门")
        .require(!needed || due != null, CustomerSurvey.Vars.ACTION_DEADLINE_INPUT, "请填写措施完成期限")
        .require(!needed || due == null || !due.isBefore(today), CustomerSurvey.Vars.ACTION_DEADLINE_INPUT,
            "措施完成期限不能早于今天")
        .throwIfAny("纠正/预防措施");
    register.causes(number, causes.strip(), strip(corrective), strip(preventive), strip(responsible),
        needed ? due : null);
    if (!needed) {
      register.closedOut(number, "无需纠正/预防措施", EngineClock.now());
    }
    return new Causes(causes.strip(), strip(corrective), strip(preventive), strip(responsible), due, needed);
  }

  /** When a task due on {@code day} falls due: the end of that day in the configured zone. */
  Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(properties.zone()).toInstant());
  }

  /**
   * S3 close-out: the actions done closes the survey's report; not done needs a new deadline (tracked on). Returns the
   * new due date, or null when closed.
   */
  Date closeOut(String number, boolean done, String note, Object newDeadline) {
    LocalDate next = day(newDeadline);
    LocalDate today = LocalDate.ofInstant(EngineClock.now(), properties.zone());
    new InvalidInput()
        .require(hasText(note), CustomerSurvey.Vars.CLOSE_OUT_NOTE.name(), "请填写措施落实情况")
        .require(done || next != null && !next.isBefore(today), CustomerSurvey.Vars.NEW_ACTION_DEADLINE_INPUT,
            "措施未完成的,请填写新的完成期限(不早于今天)")
        .throwIfAny("纠正措施跟踪");
    if (done) {
      register.closedOut(number, note.strip(), EngineClock.now());
      return null;
    }
    register.actionDeadline(number, next);
    return endOf(next);
  }

  private LocalDate day(Object value) {
    return DateInput.parse(value, properties.zone()).map(d -> LocalDate.ofInstant(d.toInstant(), properties.zone()))
        .orElse(null);
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

}
