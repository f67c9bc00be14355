package com.huifang.kpi;

import com.huifang.engine.HistoryVariables;
import com.huifang.complaint.Complaint;
import com.huifang.engine.HuifangProperties;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Service;

/**
 * The senior housekeeper's weekly complaint analysis (每周分析总结): the previous week's figures and the
 * problems that came back more than once in it. A week runs Monday 00:00 to the next Monday 00:00 in the
 * configured zone. The same figures over a calendar month are the senior housekeeper's monthly summary (C20).
 * <ul>
 *   <li>received: complaints started in the week, by severity and by cause category;</li>
 *   <li>suggestions: opinions and suggestions (意见建议) started in the week (C19);</li>
 *   <li>closed: complaints that ended in the week;</li>
 *   <li>overdue: complaints whose answer or resolution deadline (C5) fired in the week;</li>
 *   <li>K1, K5, K6: {@link KpiService} for the week;</li>
 *   <li>repeated: the same cause category, or the same unit, more than once among the week's complaints.</li>
 * </ul>
 */
@Service
public class WeeklyComplaintAnalysisService {

  static final Map<String, String> CATEGORY_LABELS = Map.of("company", "本公司管理服务", "otherOwner", "他户原因",
      "developer", "开发遗留问题", "municipal", "市政设施");
  static final String UNCLASSIFIED = "未分类";
  static final String NONE_REPEATED = "本周无反复出现的问题。";

  private final HistoryService history;
  private final KpiService kpis;
  private final HuifangProperties properties;

  WeeklyComplaintAnalysisService(HistoryService history, KpiService kpis, HuifangProperties properties) {
    this.history = history;
    this.kpis = kpis;
    this.properties = properties;
  }

  /** One complaint of the week: case number, severity, cause category (null until resolved), unit. */
  public record WeekComplaint(String caseNumber, String severity, String category, String unit) {}

  /** The compiled week. */
  public record Week(LocalDate start, LocalDate end, List<WeekComplaint> received, int suggestions, int closed,
      int overdue, KpiReport kpis) {}

  /** The Monday of the week before the one {@code now} falls in, in the configured zone. */
  public LocalDate previousWeekStart(Date now) {
    return ZonedDateTime.ofInstant(now.toInstant(), properties.zone()).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
  }

  /** The first day of the calendar month before the one {@code now} falls in, in the configured zone. */
  public LocalDate previousMonthStart(Date now) {
    return ZonedDateTime.ofInstant(now.toInstant(), properties.zone()).toLocalDate().withDayOfMonth(1).minusMonths(1);
  }

  /** When the analysis started at {@code now} is due: Friday 18:00 of that week. */
  public Date dueDate(Date now) {
    LocalDate friday = ZonedDateTime.ofInstant(now.toInstant(), properties.zone()).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(4);
    return Date.from(friday.atTime(LocalTime.of(18, 0)).atZone(properties.zone()).toInstant());
  }

  /** The week from {@code start} of the complaints of {@code office} (issue 27), or of every office when null. */
  public Week compile(LocalDate start, String office) {
    return compile(start, start.plusWeeks(1), office);
  }

  /** The period [start, end) of the complaints of {@code office}, or of every office when null. */
  public Week compile(LocalDate start, LocalDate end, String office) {
    Date from = at(start);
    Date to = at(end);
    return new Week(start, end, received(from, to, office), suggestions(from, to, office), closed(from, to, office),
        overdue(from, to, office), kpis.report(start, end, office == null ? null : List.of(office), null));
  }

  private static HistoricProcessInstanceQuery ofOffice(HistoricProcessInstanceQuery query, String office) {
    return office == null ? query : query.tenantIdIn(office);
  }

  List<WeekComplaint> received(Date from, Date to, String office) {
    return started(from, to, office, "complaint").stream()
        .map(v -> new WeekComplaint((String) v.get(Complaint.Vars.CASE_NUMBER.name()),
            (String) v.get(Complaint.Vars.SEVERITY.name()), (String) v.get(Complaint.Vars.CAUSE_CATEGORY.name()),
            (String) v.get(Complaint.Vars.UNIT.name())))
        .toList();
  }

  /** C19: the suggestions (意见建议) received in the period. */
  int suggestions(Date from, Date to, String office) {
    return started(from, to, office, "suggestion").size();
  }

  /** The variables of the cases of one type (complaint, suggestion) started in [from, to), in start order. */
  private List<Map<String, Object>> started(Date from, Date to, String office, String type) {
    List<HistoricProcessInstance> started = ofOffice(history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Complaint.KEY), office).startedAfter(from).startedBefore(to).list().stream()
        .filter(p -> !p.getStartTime().before(from) && p.getStartTime().before(to)).toList();
    Map<String, Map<String, Object>> vars = HistoryVariables.ofProcesses(history,
        started.stream().map(HistoricProcessInstance::getId).toList(), Complaint.Vars.COMPLAINT_TYPE.name(),
        Complaint.Vars.CASE_NUMBER.name(), Complaint.Vars.SEVERITY.name(), Complaint.Vars.CAUSE_CATEGORY.name(),
        Complaint.Vars.UNIT.name());
    return started.stream().map(p -> vars.getOrDefault(p.getId(), Map.<String, Object>of()))
        .filter(v -> type.equals(v.get(Complaint.Vars.COMPLAINT_TYPE.name()))).toList();
  }

  int closed(Date from, Date to, String office) {
    List<String> ended = ofOffice(history.createHistoricProcessInstanceQuery().processDefinitionKey(Complaint.KEY),
        office).finished().finishedAfter(from).finishedBefore(to).list().stream()
        .filter(p -> !p.getEndTime().before(from) && p.getEndTime().before(to))
        .map(HistoricProcessInstance::getId).toList();
    return (int) HistoryVariables.ofProcesses(history, ended, Complaint.Vars.COMPLAINT_TYPE.name()).values().stream()
        .filter(v -> "complaint".equals(v.get(Complaint.Vars.COMPLAINT_TYPE.name()))).count();
  }

  int overdue(Date from, Date to, String office) {
    var activities = history.createHistoricActivityInstanceQuery().startedAfter(from).startedBefore(to);
    return (int) (office == null ? activities : activities.tenantIdIn(office)).list().stream()
        .filter(a -> Complaint.Elements.ANSWER_DEADLINE.equals(a.getActivityId())
            || Complaint.Elements.RESOLUTION_DEADLINE.equals(a.getActivityId()))
        .filter(a -> !a.getStartTime().before(from) && a.getStartTime().before(to))
        .map(a -> a.getProcessInstanceId()).distinct().count();
  }

  /** The week's figures as the form shows them. */
  public String figuresText(Week week) {
    StringBuilder text = new StringBuilder();
    text.append("统计周期:").append(week.start()).append(" 至 ").append(week.end().minusDays(1)).append('\n');
    text.append("收到投诉:").append(week.received().size()).append(" 件\n");
    text.append("收到意见建议:").append(week.suggestions()).append(" 件\n");
    text.append("按等级:").append(counts(week.received(), WeekComplaint::severity, Complaint.SEVERITY_LABELS,
        Complaint.SEVERITY_LABELS.keySet().stream().toList())).append('\n');
    text.append("按原因类别:").append(counts(week.received(), WeekComplaint::category, CATEGORY_LABELS,
        List.of("company", "otherOwner", "developer", "municipal"))).append('\n');
    text.append("结案:").append(week.closed()).append(" 件;超时:").append(week.overdue()).append(" 件\n");
    text.append(figure(week.kpis().revisitRate())).append('\n');
    text.append(figure(week.kpis().satisfaction())).append('\n');
    week.kpis().serviceLevel().forEach(level -> text.append(figure(level.answeredInTime())).append(';')
        .append(figure(level.resolvedInTime())).append('\n'));
    return text.toString().trim();
  }

  private static String counts(List<WeekComplaint> complaints, Function<WeekComplaint, String> key,
      Map<String, String> labels, List<String> order) {
    Map<String, Long> byKey = complaints.stream()
        .collect(Collectors.groupingBy(c -> key.apply(c) == null ? "" : key.apply(c), Collectors.counting()));
    List<String> parts = new ArrayList<>();
    order.forEach(k -> parts.add(labels.get(k) + " " + byKey.getOrDefault(k, 0L)));
    if (byKey.containsKey("")) {
      parts.add(UNCLASSIFIED + " " + byKey.get(""));
    }
    return String.join(",", parts);
  }

  private static String figure(KpiFigure figure) {
    String value = figure.value() == null ? "无数据" : figure.value() + "%";
    return figure.rule() + " " + figure.name() + ":" + value + "(" + figure.numerator() + "/"
        + figure.denominator() + (figure.target() == null ? "" : ",目标 " + figure.target() + "%")
        + (figure.missed() ? ",未达标" : "") + ")";
  }

  /**
   * The problems that came back in the week (对反复出现的问题): every cause category and every unit with more
   * than one complaint, with their case numbers. Complaints not yet classified count only by unit.
   */
  public static String repeatedProblems(List<WeekComplaint> complaints) {
    List<String> lines = new ArrayList<>();
    repeated(complaints, WeekComplaint::category).forEach((category, cases) -> lines.add(
        "同一类别 " + CATEGORY_LABELS.getOrDefault(category, category) + " " + cases.size() + " 次:" + String.join("、", cases)));
    repeated(complaints, WeekComplaint::unit).forEach((unit, cases) -> lines.add(
        "同一房号 " + unit + " " + cases.size() + " 次:" + String.join("、", cases)));
    return lines.isEmpty() ? NONE_REPEATED : String.join("\n", lines);
  }

  private static Map<String, List<String>> repeated(List<WeekComplaint> complaints,
      Function<WeekComplaint, String> key) {
    Map<String, List<String>> groups = new TreeMap<>();
    complaints.stream().filter(c -> key.apply(c) != null && !key.apply(c).isBlank())
        .forEach(c -> groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c.caseNumber()));
    Map<String, List<String>> repeated = new LinkedHashMap<>();
    groups.forEach((k, cases) -> {
      if (cases.size() > 1) {
        repeated.put(k, cases);
      }
    });
    return repeated;
  }

  private Date at(LocalDate day) {
    return Date.from(day.atStartOfDay(properties.zone()).toInstant());
  }
}
