package com.huifang.kpi;

import static com.huifang.complaint.Complaint.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.huifang.SpringTestBase;
import com.huifang.complaint.Complaint;
import com.huifang.revisit.OwnerRevisit;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Complaints and revisits run through the real processes with the clock set, for the tests of what is
 * read back from history (KPIs, registers). Each test takes a far-future week of its own, so that on a
 * shared PostgreSQL database no other test's cases fall into its period.
 */
public abstract class HistoryFixture extends SpringTestBase {

  protected static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** A week no other test (or earlier run) uses: a random Monday between the years 2200 and 2999. */
  protected static LocalDate ownWeek() {
    return LocalDate.of(2200, 1, 6).plusWeeks(ThreadLocalRandom.current().nextInt(0, 41_000));
  }

  protected void clockAt(LocalDate day, Duration after10am) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZONE).toInstant().plus(after10am)));
  }

  // --- the fixture, through the real processes ---

  protected ProcessInstance receive(boolean anonymous) {
    return receive(anonymous, "3栋1101");
  }

  /** A complaint of the owner of {@code unit} (or anonymous), received now. */
  protected ProcessInstance receive(boolean anonymous, String unit) {
    VariableMap vars = Variables.createVariables().putValue("channel", "hotline").putValue("complaintType", "complaint")
        .putValue("description", "电梯异响").putValue("firstContact", "kefu").putValue("anonymous", anonymous);
    if (!anonymous) {
      vars.putValue("ownerName", "王建国").putValue("unit", unit).putValue("ownerPhone", "13800138000");
    }
    return engine.getRuntimeService().startProcessInstanceByKey(Complaint.KEY, vars);
  }

  protected void classify(ProcessInstance pi, String severity) {
    complete(pi, CLASSIFY, Map.of("severity", severity, "overrideReason", "按业主反映情况确认"));
  }

  protected void answer(ProcessInstance pi) {
    complete(pi, ANSWER_OWNER, Map.of("answerContent", "已安排检修"));
  }

  protected void resolve(ProcessInstance pi) {
    complete(pi, DISPATCH, Map.of());
    complete(pi, RESOLVE, resolution());
  }

  /**
   * Answered, resolved and reported, revisited on site with the owner's signature (不满意), rectified, then
   * revisited by phone (满意): the case with two revisit rounds that the KPI fixtures and the benchmark share.
   */
  protected void workThroughTwoRevisits(ProcessInstance pi) {
    answer(pi);
    resolve(pi);
    report(pi);
    revisitComplaint(pi, "onSite", true, "dissatisfied");
    complete(pi, RECTIFY, Map.of("rectification", "重新调试电梯门机"));
    revisitComplaint(pi, "phone", false, "satisfied");
  }

  /**
   * An important complaint after classification: the chief housekeeper told, answered, resolved and reported,
   * revisited on site where the owner refused to sign (较满意), and the corrective-action report written.
   */
  protected void workImportantWithCorrectiveAction(ProcessInstance pi) {
    complete(pi, INFORM_AT_ONCE, Map.of("acknowledgement", "已知悉"));
    answer(pi);
    resolve(pi);
    report(pi);
    revisitComplaint(pi, "onSite", false, "fairlySatisfied");
    complete(pi, CORRECTIVE_ACTION, Map.of("correctiveActionReport", "加强巡查", "preventiveMeasures", "定期检查"));
  }

  protected static Map<String, Object> resolution() {
    return Map.of("resolution", "已修复", Complaint.Vars.ECONOMIC_LOSS, 0L, "causeCategory", "company");
  }

  protected void report(ProcessInstance pi) {
    complete(pi, REPORT_RESULT, Map.of("logCauseAnalysis", "电梯门机老化", "logCorrectiveAction", "更换门机", "logActionResult", "已修复"));
    complete(pi, RECEIVE_RESULT, Map.of());
  }

  protected void revisitComplaint(ProcessInstance complaint, String method, boolean signed, String satisfaction) {
    ProcessInstance revisit = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(complaint.getId()).singleResult();
    conductRevisit(revisit, method, signed, satisfaction);
  }

  protected ProcessInstance startOwnRevisit() {
    return engine.getRuntimeService().startProcessInstanceByKey(OwnerRevisit.KEY, Variables.createVariables()
        .putValue("ownerName", "李华").putValue("unit", "5栋201").putValue("revisitSubject", "日常品质回访"));
  }

  protected void conductRevisit(ProcessInstance revisit, String method, boolean signed, String satisfaction) {
    VariableMap vars = Variables.createVariables().putValue("revisitMethod", method)
        .putValue("satisfaction", satisfaction).putValue("fixEffect", "已处理").putValue("ownerSigned", signed);
    if ("onSite".equals(method) && !signed) {
      vars.putValue("ownerAttitude", "业主口头认可,拒绝签名");
    }
    Task task = task(revisit, OwnerRevisit.Elements.CONDUCT_REVISIT);
    engine.getTaskService().claim(task.getId(), "kefu");
    engine.getTaskService().complete(task.getId(), vars);
  }

  protected Task task(ProcessInstance pi, String activityId) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(activityId).singleResult();
    assertThat(task).as(activityId).isNotNull();
    return task;
  }

  protected void complete(ProcessInstance pi, String activityId, Map<String, Object> vars) {
    engine.getTaskService().complete(task(pi, activityId).getId(), vars);
  }
}
