package com.huifang.kpi;

import com.huifang.complaint.Complaint;
import com.huifang.kpi.KpiReadModel.ComplaintRow;
import com.huifang.revisit.OwnerRevisit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Component;

/**
 * What K1 and K6 count of one ended complaint-handling instance, from its variables and the engine's history:
 * <ul>
 *   <li>a complaint (not a suggestion) is one of {@code complaintType} complaint; it is revisitable unless
 *       anonymous or reply-letter-only (C12, variable {@code revisitable}), and revisited when a revisit called
 *       by it has a completed 回访业主 task;</li>
 *   <li>K6, per the severity it closed with: answered in time when 答复业主 was completed by {@code answerDue}
 *       and the answer deadline never fired; resolved in time when 处理投诉 was completed by
 *       {@code resolveDue} and the resolution deadline never fired (an approved extension means the C5 deadline
 *       was missed); a complaint solved on the spot (C16) was answered and resolved in time.</li>
 * </ul>
 * Used when a complaint closes (its activities and revisits ended in earlier transactions) and by the backfill.
 */
@Component
class ComplaintKpiFacts {

  /** The variables read, process-level ones of the instance. */
  static final String[] VARIABLES = {Complaint.Vars.COMPLAINT_TYPE.name(), Complaint.Vars.REVISITABLE.name(),
      Complaint.Vars.SEVERITY.name(), Complaint.Vars.ANSWER_DUE.name(), Complaint.Vars.RESOLVE_DUE.name(),
      Complaint.Vars.SOLVED_ON_THE_SPOT.name()};

  private final HistoryService history;

  ComplaintKpiFacts(HistoryService history) {
    this.history = history;
  }

  /** The row of instance {@code id}, ended at {@code closedAt}, with {@code vars} (names of {@link #VARIABLES}). */
  ComplaintRow of(String id, Date closedAt, Map<String, Object> vars) {
    boolean complaint = "complaint".equals(vars.get(Complaint.Vars.COMPLAINT_TYPE.name()));
    if (!complaint) {
      return new ComplaintRow(id, closedAt, false, null, false, false, false, false);
    }
    boolean revisitable = !Boolean.FALSE.equals(vars.get(Complaint.Vars.REVISITABLE.name()));
    if (Boolean.TRUE.equals(vars.get(Complaint.Vars.SOLVED_ON_THE_SPOT.name()))) {
      // C16: fixed at the counter, answered and resolved at receipt
      return new ComplaintRow(id, closedAt, true, (String) vars.get(Complaint.Vars.SEVERITY.name()), revisitable,
          revisited(id), true, true);
    }
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(id).list();
    boolean answerDeadlineFired = activities.stream()
        .anyMatch(a -> Complaint.Elements.ANSWER_DEADLINE.equals(a.getActivityId()));
    boolean resolutionDeadlineFired = activities.stream()
        .anyMatch(a -> Complaint.Elements.RESOLUTION_DEADLINE.equals(a.getActivityId()));
    boolean answered = !answerDeadlineFired && completedBy(activities, Complaint.Elements.ANSWER_OWNER,
        (Date) vars.get(Complaint.Vars.ANSWER_DUE.name()));
    boolean resolved = !resolutionDeadlineFired && completedBy(activities, Complaint.Elements.RESOLVE,
        (Date) vars.get(Complaint.Vars.RESOLVE_DUE.name()));
    return new ComplaintRow(id, closedAt, true, (String) vars.get(Complaint.Vars.SEVERITY.name()), revisitable,
        revisited(id), answered, resolved);
  }

  /** K1: a revisit called by the complaint has at least one completed 回访业主 task. */
  private boolean revisited(String complaintId) {
    return history.createHistoricProcessInstanceQuery().superProcessInstanceId(complaintId)
        .processDefinitionKey(OwnerRevisit.KEY).list().stream()
        .anyMatch(revisit -> history.createHistoricTaskInstanceQuery().processInstanceId(revisit.getId())
            .taskDefinitionKey(OwnerRevisit.Elements.CONDUCT_REVISIT).finished().list().stream()
            .anyMatch(t -> "completed".equals(t.getDeleteReason())));
  }

  private static boolean completedBy(List<HistoricActivityInstance> activities, String activityId, Date due) {
    return due != null && activities.stream()
        .filter(a -> activityId.equals(a.getActivityId()) && a.getEndTime() != null && !a.isCanceled())
        .anyMatch(a -> !a.getEndTime().after(due));
  }
}
