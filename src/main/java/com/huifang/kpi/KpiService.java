package com.huifang.kpi;

import static com.huifang.kpi.KpiFigure.Bound.AT_LEAST;
import static com.huifang.kpi.KpiFigure.Bound.AT_MOST;

import com.huifang.complaint.Complaint;
import com.huifang.config.HuifangProperties;
import com.huifang.kpi.KpiReport.MethodCount;
import com.huifang.kpi.KpiReport.ServiceLevelCompliance;
import com.huifang.revisit.OwnerRevisit;
import com.huifang.revisit.RevisitMethod;
import com.huifang.revisit.Satisfaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;

/**
 * The revisit KPIs (K1–K3, K5, K6) of a period [from, to), in the configured zone, computed from what the
 * engine keeps in history:
 * <ul>
 *   <li>a revisit is one completed 回访业主 task of an owner revisit (every round counts, R5), with the
 *       round's method, signature and satisfaction kept as local variables of that task (R7);</li>
 *   <li>a closed complaint is a complaint-handling instance of type complaint that ended in the period
 *       (closed, or ended by hand in Cockpit); it is revisitable unless anonymous or reply-letter-only
 *       (C12, variable {@code revisitable}), and revisited when a revisit called by it has a completed
 *       回访业主 task;</li>
 *   <li>K6 counts closed complaints per final severity: answered in time when 答复业主 was completed by
 *       {@code answerDue} and the answer deadline never fired; resolved in time when 处理投诉 was
 *       completed by {@code resolveDue} and the resolution deadline never fired (an approved extension
 *       means the C5 deadline was missed).</li>
 * </ul>
 * The figures are the company's, not the caller's: the caller's group is checked by the controller, and
 * the history is read without the caller's per-case authorizations.
 */
@Service
public class KpiService {

  static final int REVISIT_RATE_TARGET = 100;
  static final int ON_SITE_SIGNED_TARGET = 40;
  static final int PHONE_OR_LETTER_TARGET = 60;
  static final int SATISFACTION_TARGET = 100;
  static final int SERVICE_LEVEL_TARGET = 100;
  private static final Set<String> PHONE_OR_LETTER = Set.of(
      RevisitMethod.PHONE.id(), RevisitMethod.LETTER.id(), RevisitMethod.OPEN_LETTER.id());

  private final HistoryService history;
  private final IdentityService identity;
  private final HuifangProperties properties;

  KpiService(HistoryService history, IdentityService identity, HuifangProperties properties) {
    this.history = history;
    this.identity = identity;
    this.properties = properties;
  }

  /** The KPIs of the days from {@code from} (inclusive) to {@code to} (exclusive). */
  public KpiReport report(LocalDate from, LocalDate to) {
    Period period = new Period(from, to);
    return HistoryVariables.asCompany(identity,
        () -> compute(from, to, period.start(properties.zone()), period.end(properties.zone())));
  }

  private KpiReport compute(LocalDate from, LocalDate to, Date start, Date end) {
    List<Revisit> revisits = revisits(start, end);
    long onSiteSigned = revisits.stream()
        .filter(r -> RevisitMethod.ON_SITE.id().equals(r.method()) && r.ownerSigned()).count();
    long phoneOrLetter = revisits.stream().filter(r -> PHONE_OR_LETTER.contains(r.method())).count();
    List<Satisfaction> verdicts = revisits.stream()
        .flatMap(r -> Satisfaction.byId(r.satisfaction()).stream()).toList();
    long satisfied = verdicts.stream().filter(Satisfaction::countsAsSatisfied).count();

    List<ClosedComplaint> complaints = closedComplaints(start, end);
    List<ClosedComplaint> revisitable = complaints.stream().filter(ClosedComplaint::revisitable).toList();
    long revisited = revisitable.stream().filter(this::revisited).count();

    List<ServiceLevelCompliance> serviceLevel = new ArrayList<>();
    Complaint.SEVERITY_LABELS.forEach((severity, label) -> {
      List<ClosedComplaint> ofSeverity = complaints.stream().filter(c -> severity.equals(c.severity())).toList();
      List<Timeliness> timeliness = ofSeverity.stream().map(this::timeliness).toList();
      serviceLevel.add(new ServiceLevelCompliance(severity, label,
          KpiFigure.of("K6", label + "投诉按时答复率", timeliness.stream().filter(Timeliness::answered).count(),
              ofSeverity.size(), SERVICE_LEVEL_TARGET, AT_LEAST),
          KpiFigure.of("K6", label + "投诉按时解决率", timeliness.stream().filter(Timeliness::resolved).count(),
              ofSeverity.size(), SERVICE_LEVEL_TARGET, AT_LEAST)));
    });

    return new KpiReport(from, to,
        KpiFigure.of("K1", "投诉回访率", revisited, revisitable.size(), REVISIT_RATE_TARGET, AT_LEAST),
        KpiFigure.of("K2", "有业主签名的上门回访率", onSiteSigned, revisits.size(), ON_SITE_SIGNED_TARGET, AT_LEAST),
        KpiFigure.of("K3", "电话和信函回访率", phoneOrLetter, revisits.size(), PHONE_OR_LETTER_TARGET, AT_MOST),
        KpiFigure.of("K5", "满意率", satisfied, verdicts.size(), SATISFACTION_TARGET, AT_LEAST),
        serviceLevel, methodCounts(revisits));
  }

  /** The share by method of the revisits of K2, K3: each method of R1, then those without a record. */
  private static List<MethodCount> methodCounts(List<Revisit> revisits) {
    List<MethodCount> counts = new ArrayList<>();
    for (RevisitMethod method : RevisitMethod.values()) {
      counts.add(new MethodCount(method.id(), method.label(),
          revisits.stream().filter(r -> method.id().equals(r.method())).count()));
    }
    long unrecorded = revisits.stream().filter(r -> RevisitMethod.byId(r.method()).isEmpty()).count();
    if (unrecorded > 0) {
      counts.add(new MethodCount(null, "未记录", unrecorded));
    }
    return counts;
  }

  /** One round of a revisit (R5), as its completed 回访业主 task recorded it (R7). */
  record Revisit(String method, boolean ownerSigned, String satisfaction) {}

  private List<Revisit> revisits(Date start, Date end) {
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(OwnerRevisit.KEY).taskDefinitionKey(OwnerRevisit.Elements.CONDUCT_REVISIT)
        .finished().finishedAfter(start).finishedBefore(end).list().stream()
        .filter(t -> within(t.getEndTime(), start, end) && "completed".equals(t.getDeleteReason())).toList();
    Map<String, Map<String, Object>> local = HistoryVariables.ofTasks(history,
        tasks.stream().map(HistoricTaskInstance::getId).toList(), OwnerRevisit.Vars.ROUND_METHOD.name(),
        OwnerRevisit.Vars.ROUND_OWNER_SIGNED.name(), OwnerRevisit.Vars.ROUND_SATISFACTION.name());
    return tasks.stream().map(t -> {
      Map<String, Object> vars = local.getOrDefault(t.getId(), Map.of());
      return new Revisit((String) vars.get(OwnerRevisit.Vars.ROUND_METHOD.name()),
          Boolean.TRUE.equals(vars.get(OwnerRevisit.Vars.ROUND_OWNER_SIGNED.name())),
          (String) vars.get(OwnerRevisit.Vars.ROUND_SATISFACTION.name()));
    }).toList();
  }

  /** A complaint (not a suggestion) that ended in the period, with what K1 and K6 need. */
  record ClosedComplaint(String id, boolean revisitable, String severity, Date answerDue, Date resolveDue) {}

  private List<ClosedComplaint> closedComplaints(Date start, Date end) {
    List<HistoricProcessInstance> ended = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Complaint.KEY).finished().finishedAfter(start).finishedBefore(end).list().stream()
        .filter(p -> within(p.getEndTime(), start, end)).toList();
    Map<String, Map<String, Object>> vars = HistoryVariables.ofProcesses(history,
        ended.stream().map(HistoricProcessInstance::getId).toList(), Complaint.Vars.COMPLAINT_TYPE.name(),
        Complaint.Vars.REVISITABLE.name(), Complaint.Vars.SEVERITY.name(), Complaint.Vars.ANSWER_DUE.name(),
        Complaint.Vars.RESOLVE_DUE.name());
    return ended.stream()
        .map(p -> Map.entry(p.getId(), vars.getOrDefault(p.getId(), Map.of())))
        .filter(e -> "complaint".equals(e.getValue().get(Complaint.Vars.COMPLAINT_TYPE.name())))
        .map(e -> new ClosedComplaint(e.getKey(),
            !Boolean.FALSE.equals(e.getValue().get(Complaint.Vars.REVISITABLE.name())),
            (String) e.getValue().get(Complaint.Vars.SEVERITY.name()),
            (Date) e.getValue().get(Complaint.Vars.ANSWER_DUE.name()),
            (Date) e.getValue().get(Complaint.Vars.RESOLVE_DUE.name())))
        .toList();
  }

  /** K1: a revisit called by the complaint has at least one completed 回访业主 task. */
  private boolean revisited(ClosedComplaint complaint) {
    return history.createHistoricProcessInstanceQuery().superProcessInstanceId(complaint.id())
        .processDefinitionKey(OwnerRevisit.KEY).list().stream()
        .anyMatch(revisit -> history.createHistoricTaskInstanceQuery().processInstanceId(revisit.getId())
            .taskDefinitionKey(OwnerRevisit.Elements.CONDUCT_REVISIT).finished().list().stream()
            .anyMatch(t -> "completed".equals(t.getDeleteReason())));
  }

  record Timeliness(boolean answered, boolean resolved) {}

  /** K6: answered and resolved within the C5 deadlines, from the complaint's activity history. */
  private Timeliness timeliness(ClosedComplaint complaint) {
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(complaint.id()).list();
    boolean answerDeadlineFired = activities.stream()
        .anyMatch(a -> Complaint.Elements.ANSWER_DEADLINE.equals(a.getActivityId()));
    boolean resolutionDeadlineFired = activities.stream()
        .anyMatch(a -> Complaint.Elements.RESOLUTION_DEADLINE.equals(a.getActivityId()));
    boolean answered = !answerDeadlineFired
        && completedBy(activities, Complaint.Elements.ANSWER_OWNER, complaint.answerDue());
    boolean resolved = !resolutionDeadlineFired
        && completedBy(activities, Complaint.Elements.RESOLVE, complaint.resolveDue());
    return new Timeliness(answered, resolved);
  }

  private static boolean completedBy(List<HistoricActivityInstance> activities, String activityId, Date due) {
    return due != null && activities.stream()
        .filter(a -> activityId.equals(a.getActivityId()) && a.getEndTime() != null && !a.isCanceled())
        .anyMatch(a -> !a.getEndTime().after(due));
  }

  private static boolean within(Date time, Date start, Date end) {
    return Period.within(time, start, end);
  }
}
