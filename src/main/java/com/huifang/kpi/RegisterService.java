package com.huifang.kpi;

import com.huifang.engine.HistoryVariables;
import static com.huifang.complaint.Complaint.Vars.*;

import com.huifang.complaint.Complaint;
import com.huifang.complaint.ComplaintLabels;
import com.huifang.engine.EngineUsers;
import com.huifang.engine.FormOptions;
import com.huifang.engine.HuifangProperties;
import com.huifang.kpi.RegisterSheet.Column;
import com.huifang.repair.Repair;
import com.huifang.revisit.OwnerRevisit;
import com.huifang.revisit.RevisitMethod;
import com.huifang.revisit.Satisfaction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.springframework.stereotype.Service;

/**
 * The registers of issue 7 as .xlsx, read from the engine's history for a period [from, to) in the
 * configured zone, a page of entries at a time:
 * <ul>
 *   <li>客户投诉登记表 (C10): one row per complaint-handling case (complaint or suggestion) received in the
 *       period;</li>
 *   <li>回访记录表 (R7): one row per completed 回访业主 round in the period, with the round's method,
 *       signature and satisfaction as its task kept them (every revisit: complaint, warranty, mall, quality).</li>
 *   <li>回访指标趋势: the dashboard's figures month by month (each calendar month of the period, the first and
 *       last cut to the period), one row per KPI with numerator, denominator, value and target, read from
 *       {@link KpiService} like the dashboard, of the company or of one project.</li>
 * </ul>
 * Each is the register of some management offices (the cases' tenants, issue 27) or of the whole company.
 */
@Service
class RegisterService {

  static final String COMPLAINT_LOG = "客户投诉登记表";
  static final String REVISIT_RECORD = "回访记录表";
  /**
   * C10, C18: the paper 客户投诉登记表's columns, in its order, and what the complaint's forms collect besides (the
   * 接待 time, the handler, the departments, the answer, the loss and the non-conformity record, the log entry's cause,
   * corrective action and result, who wrote it, the revisit); people by name.
   */
  static final List<Column> COMPLAINT_COLUMNS = List.of(new Column("序号", 6), new Column("投诉编号", 18),
      new Column("受理时间", 17), new Column("投诉渠道", 10), new Column("类别", 9), new Column("业主姓名", 10),
      new Column("房号", 14), new Column("联系电话", 14), new Column("投诉内容", 40),
      new Column("上级的处理意见或建议", 24), new Column("投诉等级", 9), new Column("首问责任人", 12),
      new Column("处理人", 12), new Column("责任部门", 16), new Column("答复时间", 17), new Column("处理结果", 40),
      new Column("业户经济损失(元)", 10), new Column("不合格品/服务记录处理单", 20), new Column("原因分析", 30),
      new Column("纠正措施", 30), new Column("措施结果", 30), new Column("登记人", 12), new Column("回访结果", 16),
      new Column("业主满意程度", 12), new Column("结案时间", 17));
  /** The complaint variables the log reads: the forms' fields, and the dispatch form's department ticks. */
  private static final String[] COMPLAINT_LOG_VARIABLES = Stream.concat(Stream.of(CHANNEL.name(),
      COMPLAINT_TYPE.name(), OWNER_NAME.name(), UNIT.name(), OWNER_PHONE.name(), ANONYMOUS.name(), DESCRIPTION.name(),
      SUPERIOR_INSTRUCTIONS.name(), RECEIVED_AT.name(), SEVERITY.name(), FIRST_CONTACT.name(), RESOLUTION.name(),
      ECONOMIC_LOSS, NON_CONFORMITY_REASON_LABEL.name(), LOG_CAUSE_ANALYSIS.name(), LOG_CORRECTIVE_ACTION.name(),
      LOG_ACTION_RESULT.name(), RESULT_REPORT.name(), REVISITABLE.name(), REVISIT_COUNT.name(), LAST_SATISFACTION.name(),
      FORWARDED_DEPARTMENT_NAME.name(), ACTION_TAKEN.name(), SUGGESTION_REPLY.name(), SOLVED_ON_THE_SPOT.name()),
      Stream.of(Complaint.Department.values()).map(d -> d.dispatch().name())).toArray(String[]::new);
  static final String ANONYMOUS_OWNER = "匿名";
  static final String NOT_REVISITED = "不回访(已附复函)";
  static final String SIGN_OFF = "首席物业管家查阅签字";
  static final String NOT_SIGNED_OFF = SIGN_OFF + ":本期登记表尚未经首席物业管家查阅签字";
  static final List<Column> REVISIT_COLUMNS = List.of(new Column("序号", 6), new Column("案件编号", 18),
      new Column("回访时间", 17), new Column("业主姓名", 10), new Column("房号", 14), new Column("联系电话", 14),
      new Column("回访事项", 30), new Column("回访类别", 12), new Column("第几次回访", 8), new Column("回访方式", 16),
      new Column("业主签名", 9), new Column("业主拒签时的态度", 20), new Column("业主满意程度", 12),
      new Column("处理效果", 24), new Column("业主对预防的建议", 24), new Column("业主对服务的意见建议", 24),
      new Column("公开信编号", 12), new Column("新提出的问题", 30), new Column("回访人", 12));
  /**
   * 回访类别 as staff read it: the categories the revisit start form offers, and those the calling processes pass.
   */
  static final Map<String, String> REVISIT_CATEGORIES = categories();
  static final String REPAIR_RECORD = "报修受理记录";
  /** P6: the paper 报修受理记录's columns, in its order. */
  static final List<Column> REPAIR_COLUMNS = List.of(new Column("序号", 6), new Column("报修编号", 18),
      new Column("受理时间", 17), new Column("报修人", 10), new Column("房号", 14), new Column("联系电话", 14),
      new Column("报修部位", 9), new Column("报修内容", 36), new Column("维修部门", 10), new Column("维修人员", 10),
      new Column("到场时间", 17), new Column("完工时间", 17), new Column("所用材料", 24), new Column("收费(元)", 10),
      new Column("业主签字", 20), new Column("回访结果", 14), new Column("回访人", 14));
  static final String FREE_OF_CHARGE = "无偿";
  static final String OWNER_SIGNED = "已签字";
  static final String KPI_TREND = "回访指标趋势";
  static final List<Column> KPI_TREND_COLUMNS = List.of(new Column("序号", 6), new Column("月份", 9),
      new Column("起始日期", 11), new Column("截止日期", 11), new Column("项目", 12), new Column("指标", 6),
      new Column("名称", 24), new Column("分子", 8), new Column("分母", 8), new Column("实际值(%)", 10),
      new Column("目标(%)", 10), new Column("结果", 8));
  static final String MET = "达标";
  static final String MISSED = "未达标";
  static final String NO_DATA = "无数据";
  /** K5 (issue 19): the seeds give no target, the figure and its trend are shown. */
  static final String NO_TARGET = "无目标,仅列数值";
  static final String ALL_PROJECTS = "全部";
  static final String SIGNED = "已签名";
  static final String NOT_SIGNED = "未签名";
  private static final int PAGE = 500;

  private final HistoryService history;
  private final IdentityService identity;
  private final HuifangProperties properties;
  private final KpiService kpis;
  private final Map<String, String> channelLabels = ComplaintLabels.channels();
  private final Map<String, String> typeLabels = ComplaintLabels.types();

  RegisterService(HistoryService history, IdentityService identity, HuifangProperties properties, KpiService kpis) {
    this.history = history;
    this.identity = identity;
    this.properties = properties;
    this.kpis = kpis;
  }

  /** 回访指标趋势 of the period, month by month, of one project (null: the company), written to {@code out}. */
  void kpiTrend(Period period, List<String> offices, String project, OutputStream out) {
    write(period, KPI_TREND, KPI_TREND_COLUMNS, out, sheet -> {
      for (LocalDate from = period.from(); from.isBefore(period.to()); ) {
        LocalDate next = from.withDayOfMonth(1).plusMonths(1);
        LocalDate to = next.isBefore(period.to()) ? next : period.to();
        KpiReport report = kpis.report(from, to, offices, project);
        for (KpiFigure figure : KpiReport.figures(report)) {
          sheet.row(from.toString().substring(0, 7), from.toString(), to.minusDays(1).toString(),
              project == null ? ALL_PROJECTS : project, figure.rule(), figure.name(), figure.numerator(),
              figure.denominator(), figure.value(), figure.target(),
              figure.denominator() == 0 ? NO_DATA : figure.target() == null ? NO_TARGET
                  : figure.missed() ? MISSED : MET);
        }
        from = to;
      }
    });
  }

  /**
   * 客户投诉登记表 of the period and offices (null: the company's), written to {@code out}: one row per complaint or
   * suggestion received in the period, then the chief housekeeper's sign-off of each month the period covers (C18).
   */
  void complaints(Period period, List<String> offices, OutputStream out) {
    write(period, COMPLAINT_LOG, COMPLAINT_COLUMNS, out, sheet -> {
      Date start = period.start(properties.zone());
      Date end = period.end(properties.zone());
      Map<String, String> names = new java.util.HashMap<>();
      for (int first = 0; ; first += PAGE) {
        HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(Complaint.KEY).startedAfter(start).startedBefore(end);
        if (offices != null) {
          query.tenantIdIn(offices.toArray(String[]::new));
        }
        List<HistoricProcessInstance> page = query.orderByProcessInstanceStartTime().asc().orderByProcessInstanceId().asc().listPage(first, PAGE);
        List<String> ids = page.stream().map(HistoricProcessInstance::getId).toList();
        Map<String, Map<String, Object>> vars = HistoryVariables.ofProcesses(history, ids, COMPLAINT_LOG_VARIABLES);
        Map<String, Map<String, HistoricTaskInstance>> steps = completedSteps(page);
        page.stream().filter(p -> Period.within(p.getStartTime(), start, end)).forEach(p -> {
          Map<String, Object> v = vars.getOrDefault(p.getId(), Map.of());
          Map<String, HistoricTaskInstance> done = steps.getOrDefault(p.getId(), Map.of());
          boolean suggestion = "suggestion".equals(v.get(COMPLAINT_TYPE.name()));
          boolean anonymous = Boolean.TRUE.equals(v.get(ANONYMOUS.name()));
          Object revisits = v.get(REVISIT_COUNT.name());
          sheet.row(p.getBusinessKey(), v.getOrDefault(RECEIVED_AT.name(), p.getStartTime()),
              label(channelLabels, v.get(CHANNEL.name())), label(typeLabels, v.get(COMPLAINT_TYPE.name())),
              anonymous ? ANONYMOUS_OWNER : v.get(OWNER_NAME.name()), v.get(UNIT.name()), v.get(OWNER_PHONE.name()),
              v.get(DESCRIPTION.name()), v.get(SUPERIOR_INSTRUCTIONS.name()),
              label(Complaint.SEVERITY_LABELS, v.get(SEVERITY.name())), nameOf(v.get(FIRST_CONTACT.name()), names),
              nameOf(assignee(done.get(suggestion ? Complaint.Elements.SUGGESTION_DEPARTMENT_WORK
                  : Complaint.Elements.RESOLVE)), names),
              suggestion ? v.get(FORWARDED_DEPARTMENT_NAME.name()) : departments(v),
              Boolean.TRUE.equals(v.get(SOLVED_ON_THE_SPOT.name())) ? v.getOrDefault(RECEIVED_AT.name(), p.getStartTime())
                  : endOf(done.get(suggestion ? Complaint.Elements.REPLY_SUGGESTION : Complaint.Elements.ANSWER_OWNER)),
              suggestion ? suggestionResult(v) : v.get(RESOLUTION.name()),
              v.get(RESOLUTION.name()) == null ? null : v.get(ECONOMIC_LOSS),
              v.get(NON_CONFORMITY_REASON_LABEL.name()), v.get(LOG_CAUSE_ANALYSIS.name()),
              v.get(LOG_CORRECTIVE_ACTION.name()),
              v.containsKey(LOG_ACTION_RESULT.name()) ? v.get(LOG_ACTION_RESULT.name()) : v.get(RESULT_REPORT.name()),
              nameOf(assignee(done.get(Complaint.Elements.REPORT_RESULT)), names),
              Boolean.FALSE.equals(v.get(REVISITABLE.name())) && done.containsKey(Complaint.Elements.ATTACH_REPLY_LETTER)
                  ? NOT_REVISITED : revisits instanceof Integer n && n > 0 ? "已回访" + n + "次" : null,
              Satisfaction.byId(String.valueOf(v.get(LAST_SATISFACTION.name()))).map(Satisfaction::label).orElse(null),
              p.getEndTime());
        });
        if (page.size() < PAGE) {
          break;
        }
      }
      signOffs(period, offices, names).forEach(sheet::note);
    });
  }

  /** The complaint steps whose worker or time the log shows, completed, by case and step (the last round of each). */
  private Map<String, Map<String, HistoricTaskInstance>> completedSteps(List<HistoricProcessInstance> cases) {
    Map<String, Map<String, HistoricTaskInstance>> steps = new java.util.HashMap<>();
    Set<String> ids = cases.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    String[] numbers = cases.stream().map(HistoricProcessInstance::getBusinessKey).filter(java.util.Objects::nonNull)
        .distinct().toArray(String[]::new);
    if (numbers.length == 0) {
      return steps;
    }
    history.createHistoricTaskInstanceQuery().processDefinitionKey(Complaint.KEY).processInstanceBusinessKeyIn(numbers)
        .taskDefinitionKeyIn(Complaint.Elements.RESOLVE, Complaint.Elements.ANSWER_OWNER,
            Complaint.Elements.REPORT_RESULT, Complaint.Elements.ATTACH_REPLY_LETTER,
            Complaint.Elements.SUGGESTION_DEPARTMENT_WORK, Complaint.Elements.REPLY_SUGGESTION)
        .finished().orderByHistoricTaskInstanceEndTime().asc().list().stream()
        .filter(t -> ids.contains(t.getProcessInstanceId()) && "completed".equals(t.getDeleteReason()))
        .forEach(t -> steps.computeIfAbsent(t.getProcessInstanceId(), k -> new java.util.HashMap<>())
            .put(t.getTaskDefinitionKey(), t));
    return steps;
  }

  private static String assignee(HistoricTaskInstance task) {
    return task == null ? null : task.getAssignee();
  }

  private static Date endOf(HistoricTaskInstance task) {
    return task == null ? null : task.getEndTime();
  }


  /** C8: the departments the handler dispatched (the dispatch form's ticks), by their Chinese names. */
  private static String departments(Map<String, Object> v) {
    String names = Stream.of(Complaint.Department.values()).filter(d -> Boolean.TRUE.equals(v.get(d.dispatch().name())))
        .map(d -> d.group().chineseName()).collect(Collectors.joining("、"));
    return names.isEmpty() ? null : names;
  }

  /** C19: what the department did, and the reply the owner got. */
  private static String suggestionResult(Map<String, Object> v) {
    Object done = v.get(ACTION_TAKEN.name());
    Object reply = v.get(SUGGESTION_REPLY.name());
    if (done == null) {
      return null;
    }
    return reply == null ? done.toString() : done + ";答复业主:" + reply;
  }

  /**
   * C18: the chief housekeeper's sign-off of each month that begins in the period, per office: who (by name), when,
   * and the opinion; one line saying there is none yet when no month of the period has been signed.
   */
  private List<String> signOffs(Period period, List<String> offices, Map<String, String> names) {
    var query = history.createHistoricTaskInstanceQuery().processDefinitionKey(MonthlyComplaintReview.KEY)
        .taskDefinitionKey(MonthlyComplaintReview.Elements.SIGN_LOG).finished();
    if (offices != null) {
      query.tenantIdIn(offices.toArray(String[]::new));
    }
    List<HistoricTaskInstance> signed = query.orderByHistoricTaskInstanceEndTime().asc().list().stream()
        .filter(t -> "completed".equals(t.getDeleteReason())).toList();
    Map<String, Map<String, Object>> vars = HistoryVariables.ofProcesses(history,
        signed.stream().map(HistoricTaskInstance::getProcessInstanceId).toList(), MonthlyComplaintReview.Vars.MONTH.name(),
        MonthlyComplaintReview.Vars.LOG_SIGNED_BY.name(), MonthlyComplaintReview.Vars.LOG_SIGNED_AT.name(),
        MonthlyComplaintReview.Vars.LOG_REVIEW_OPINION.name());
    java.time.format.DateTimeFormatter minutes = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    List<String> lines = new java.util.ArrayList<>();
    for (HistoricTaskInstance task : signed) {
      Map<String, Object> v = vars.getOrDefault(task.getProcessInstanceId(), Map.of());
      Object month = v.get(MonthlyComplaintReview.Vars.MONTH.name());
      if (!(month instanceof String m) || !covers(period, m)) {
        continue;
      }
      Date at = v.get(MonthlyComplaintReview.Vars.LOG_SIGNED_AT.name()) instanceof Date d ? d : task.getEndTime();
      Object opinion = v.get(MonthlyComplaintReview.Vars.LOG_REVIEW_OPINION.name());
      lines.add(SIGN_OFF + ":" + m + (task.getTenantId() == null ? "" : "(" + officeName(task.getTenantId()) + ")")
          + " " + nameOf(v.get(MonthlyComplaintReview.Vars.LOG_SIGNED_BY.name()), names) + " 于 "
          + minutes.format(at.toInstant().atZone(properties.zone()))
          + (opinion instanceof String o && !o.isBlank() ? ",意见:" + o : ""));
    }
    return lines.isEmpty() ? List.of(NOT_SIGNED_OFF) : lines;
  }

  /** Whether the month yyyy-MM begins within the period. */
  private static boolean covers(Period period, String month) {
    LocalDate first = LocalDate.parse(month + "-01");
    return !first.isBefore(period.from()) && first.isBefore(period.to());
  }

  private String officeName(String tenantId) {
    var tenant = identity.createTenantQuery().tenantId(tenantId).singleResult();
    return tenant == null || tenant.getName() == null ? tenantId : tenant.getName();
  }

  /**
   * 报修受理记录 (P6) of the period and offices (null: the company's): one row per repair request received in the period,
   * with the order's technician, times, materials and charge, the owner's signature (or attitude, R2) and the last
   * revisit's verdict and revisitor; people by name.
   */
  void repairs(Period period, List<String> offices, OutputStream out) {
    write(period, REPAIR_RECORD, REPAIR_COLUMNS, out, sheet -> {
      Date start = period.start(properties.zone());
      Date end = period.end(properties.zone());
      Map<String, String> names = new java.util.HashMap<>();
      for (int first = 0; ; first += PAGE) {
        HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(Repair.KEY).startedAfter(start).startedBefore(end);
        if (offices != null) {
          query.tenantIdIn(offices.toArray(String[]::new));
        }
        List<HistoricProcessInstance> page = query.orderByProcessInstanceStartTime().asc().orderByProcessInstanceId().asc().listPage(first, PAGE);
        Map<String, Map<String, Object>> vars = HistoryVariables.ofProcesses(history,
            page.stream().map(HistoricProcessInstance::getId).toList(), Repair.Vars.RECEIVED_AT.name(),
            Repair.Vars.OWNER_NAME.name(), Repair.Vars.UNIT.name(), Repair.Vars.OWNER_PHONE.name(),
            Repair.Vars.PLACE_LABEL.name(), Repair.Vars.FAULT_KIND_LABEL.name(), Repair.Vars.DESCRIPTION.name(),
            Repair.Vars.DEPARTMENT_LABEL.name(), Repair.Vars.TECHNICIAN.name(), Repair.Vars.ARRIVED_AT.name(),
            Repair.Vars.COMPLETED_AT.name(), Repair.Vars.MATERIALS_USED.name(), Repair.Vars.CHARGEABLE.name(),
            Repair.Vars.AGREED_PRICE.name(), Repair.Vars.OWNER_SIGNED.name(), Repair.Vars.OWNER_ATTITUDE.name(),
            Repair.Vars.REVISIT_COUNT.name(), Repair.Vars.LAST_SATISFACTION.name(), Repair.Vars.LAST_REVISITED_BY.name());
        page.stream().filter(p -> Period.within(p.getStartTime(), start, end)).forEach(p -> {
          Map<String, Object> v = vars.getOrDefault(p.getId(), Map.of());
          Object completed = v.get(Repair.Vars.COMPLETED_AT.name());
          sheet.row(p.getBusinessKey(), v.getOrDefault(Repair.Vars.RECEIVED_AT.name(), p.getStartTime()),
              v.get(Repair.Vars.OWNER_NAME.name()), v.get(Repair.Vars.UNIT.name()), v.get(Repair.Vars.OWNER_PHONE.name()),
              v.get(Repair.Vars.PLACE_LABEL.name()),
              v.get(Repair.Vars.FAULT_KIND_LABEL.name()) + ":" + v.get(Repair.Vars.DESCRIPTION.name()),
              v.get(Repair.Vars.DEPARTMENT_LABEL.name()), v.get(Repair.Vars.TECHNICIAN.name()),
              v.get(Repair.Vars.ARRIVED_AT.name()), completed, v.get(Repair.Vars.MATERIALS_USED.name()),
              v.get(Repair.Vars.ARRIVED_AT.name()) == null ? null
                  : Boolean.TRUE.equals(v.get(Repair.Vars.CHARGEABLE.name())) ? v.get(Repair.Vars.AGREED_PRICE.name())
                  : FREE_OF_CHARGE,
              completed == null ? null : Boolean.TRUE.equals(v.get(Repair.Vars.OWNER_SIGNED.name())) ? OWNER_SIGNED
                  : "未签字(业主态度:" + v.get(Repair.Vars.OWNER_ATTITUDE.name()) + ")",
              revisitResult(v.get(Repair.Vars.REVISIT_COUNT.name()), v.get(Repair.Vars.LAST_SATISFACTION.name())),
              nameOf(v.get(Repair.Vars.LAST_REVISITED_BY.name()), names));
        });
        if (page.size() < PAGE) {
          return;
        }
      }
    });
  }

  /** The last revisit's verdict, with its round when there were several (R5); null before the first. */
  private static String revisitResult(Object rounds, Object satisfaction) {
    String label = satisfaction == null ? null : Satisfaction.byId(satisfaction.toString()).map(Satisfaction::label)
        .orElse(satisfaction.toString());
    if (label == null) {
      return null;
    }
    return rounds instanceof Integer n && n > 1 ? "第" + n + "次回访:" + label : label;
  }

  private static Map<String, String> categories() {
    Map<String, String> labels = new LinkedHashMap<>(FormOptions.of("forms/owner-revisit-start.form",
        OwnerRevisit.Vars.CATEGORY.name()));
    labels.putAll(Map.of("complaint", "投诉回访", "mall", "建材城服务回访", "warranty", "装修保修回访",
        "survey", "顾客意见调查核实回访"));
    return Map.copyOf(labels);
  }

  /** A staff member's name as Admin shows it, not the login id ({@link EngineUsers#nameOf}). */
  private String nameOf(Object userId, Map<String, String> names) {
    return EngineUsers.nameOf(identity, userId, names);
  }

  /** 回访记录表 of the period and offices (null: the company's), written to {@code out}. */
  void revisits(Period period, List<String> offices, OutputStream out) {
    write(period, REVISIT_RECORD, REVISIT_COLUMNS, out, sheet -> {
      Date start = period.start(properties.zone());
      Date end = period.end(properties.zone());
      for (int first = 0; ; first += PAGE) {
        HistoricTaskInstanceQuery query = history.createHistoricTaskInstanceQuery()
            .processDefinitionKey(OwnerRevisit.KEY).taskDefinitionKey(OwnerRevisit.Elements.CONDUCT_REVISIT)
            .finished().finishedAfter(start).finishedBefore(end);
        if (offices != null) {
          query.tenantIdIn(offices.toArray(String[]::new));
        }
        List<HistoricTaskInstance> page = query.orderByHistoricTaskInstanceEndTime().asc().orderByTaskId().asc().listPage(first, PAGE);
        List<HistoricTaskInstance> rounds = page.stream()
            .filter(t -> Period.within(t.getEndTime(), start, end) && "completed".equals(t.getDeleteReason()))
            .toList();
        Set<String> instanceIds = rounds.stream().map(HistoricTaskInstance::getProcessInstanceId)
            .collect(Collectors.toSet());
        Map<String, String> caseNumbers = instanceIds.isEmpty() ? Map.of()
            : history.createHistoricProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
        Map<String, Map<String, Object>> owners = HistoryVariables.ofProcesses(history, instanceIds,
            OwnerRevisit.Vars.OWNER_NAME.name(), OwnerRevisit.Vars.UNIT.name(), OwnerRevisit.Vars.OWNER_PHONE.name(),
            OwnerRevisit.Vars.SUBJECT.name(), OwnerRevisit.Vars.CATEGORY.name());
        Map<String, Map<String, Object>> records = HistoryVariables.ofTasks(history,
            rounds.stream().map(HistoricTaskInstance::getId).toList(), OwnerRevisit.Vars.ROUND_METHOD.name(),
            OwnerRevisit.Vars.ROUND_OWNER_SIGNED.name(), OwnerRevisit.Vars.ROUND_SATISFACTION.name(),
            OwnerRevisit.Vars.ROUND_NUMBER.name(), OwnerRevisit.Vars.ROUND_OWNER_ATTITUDE.name(),
            OwnerRevisit.Vars.ROUND_FIX_EFFECT.name(), OwnerRevisit.Vars.ROUND_PREVENTION_SUGGESTION.name(),
            OwnerRevisit.Vars.ROUND_SERVICE_SUGGESTION.name(), OwnerRevisit.Vars.ROUND_OPEN_LETTER_NUMBER.name(),
            OwnerRevisit.Vars.ROUND_NEW_ISSUE.name());
        Map<String, String> names = new HashMap<>();
        rounds.forEach(t -> {
          Map<String, Object> owner = owners.getOrDefault(t.getProcessInstanceId(), Map.of());
          Map<String, Object> record = records.getOrDefault(t.getId(), Map.of());
          Object method = record.get(OwnerRevisit.Vars.ROUND_METHOD.name());
          Object category = owner.get(OwnerRevisit.Vars.CATEGORY.name());
          sheet.row(caseNumbers.get(t.getProcessInstanceId()), t.getEndTime(),
              owner.get(OwnerRevisit.Vars.OWNER_NAME.name()), owner.get(OwnerRevisit.Vars.UNIT.name()),
              owner.get(OwnerRevisit.Vars.OWNER_PHONE.name()), owner.get(OwnerRevisit.Vars.SUBJECT.name()),
              category == null ? null : REVISIT_CATEGORIES.getOrDefault(category, String.valueOf(category)),
              record.get(OwnerRevisit.Vars.ROUND_NUMBER.name()),
              RevisitMethod.byId((String) method).map(RevisitMethod::label).orElse(null),
              signature(method, record.get(OwnerRevisit.Vars.ROUND_OWNER_SIGNED.name())),
              record.get(OwnerRevisit.Vars.ROUND_OWNER_ATTITUDE.name()),
              Satisfaction.byId((String) record.get(OwnerRevisit.Vars.ROUND_SATISFACTION.name()))
                  .map(Satisfaction::label).orElse(null),
              record.get(OwnerRevisit.Vars.ROUND_FIX_EFFECT.name()),
              record.get(OwnerRevisit.Vars.ROUND_PREVENTION_SUGGESTION.name()),
              record.get(OwnerRevisit.Vars.ROUND_SERVICE_SUGGESTION.name()),
              record.get(OwnerRevisit.Vars.ROUND_OPEN_LETTER_NUMBER.name()),
              record.get(OwnerRevisit.Vars.ROUND_NEW_ISSUE.name()),
              nameOf(t.getAssignee(), names));
        });
        if (page.size() < PAGE) {
          return;
        }
      }
    });
  }

  /** R2: a signature is recorded for an on-site revisit only. */
  private static String signature(Object method, Object signed) {
    if (!RevisitMethod.ON_SITE.id().equals(method)) {
      return null;
    }
    return Boolean.TRUE.equals(signed) ? SIGNED : NOT_SIGNED;
  }

  private static String label(Map<String, String> labels, Object id) {
    return id == null ? null : labels.getOrDefault(id.toString(), id.toString());
  }

  private interface Rows {
    void fill(RegisterSheet sheet);
  }

  private void write(Period period, String title, List<Column> columns, OutputStream out, Rows rows) {
    String range = period.from() + " 至 " + period.to().minusDays(1);
    try (RegisterSheet sheet = new RegisterSheet(title, range, columns, properties.zone())) {
      HistoryVariables.asCompany(identity, () -> {
        rows.fill(sheet);
        return null;
      });
      sheet.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
