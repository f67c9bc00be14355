package com.huifang.kpi;

import static com.huifang.kpi.MonthlyComplaintReview.Elements.*;
import static com.huifang.kpi.MonthlyComplaintReview.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.huifang.ProcessTests;
import com.huifang.engine.HuifangProperties;
import com.huifang.kpi.KpiFigure.Bound;
import com.huifang.kpi.WeeklyComplaintAnalysisService.WeekComplaint;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The month's complaint review (C18 the chief housekeeper signs the month's 客户投诉登记表, C20 the senior housekeeper's
 * monthly summary to the office manager) on a plain engine with the real delegates; the month's complaints are given
 * by hand (their history queries are the weekly analysis's, proved in KpiSpringTest and MonthlyComplaintReviewSpringTest).
 */
@Deployment(resources = {"processes/monthly-complaint-review.bpmn", "processes/task-due-defaults.dmn",
    "forms/monthly-complaint-log-sign.form", "forms/monthly-complaint-summary.form",
    "forms/monthly-complaint-summary-read.form"})
class MonthlyComplaintReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private HistoryService history;

  @BeforeEach
  void registerBeans() {
    ProcessTests.begin(engine.getProcessEngine());
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    history = engine.getHistoryService();
    var properties = new HuifangProperties(null, null, null);
    var kpis = new KpiService(null, properties) {
      @Override
      public KpiReport report(LocalDate from, LocalDate to, List<String> offices, String project) {
        assertThat(from).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(to).isEqualTo(LocalDate.of(2026, 12, 1));
        return new KpiReport(from, to, KpiFigure.of("K1", "投诉回访率", 2, 2, 100, Bound.AT_LEAST),
            KpiFigure.of("K2", "有业主签名的上门回访率", 1, 2, 40, Bound.AT_LEAST),
            KpiFigure.of("K3", "电话和信函回访率", 1, 2, 60, Bound.AT_MOST),
            KpiFigure.of("K5", "满意率", 2, 2, 100, Bound.AT_LEAST), List.of(), List.of());
      }
    };
    var service = new WeeklyComplaintAnalysisService(history, kpis, properties) {
      @Override
      List<WeekComplaint> received(Date from, Date to, String office) {
        assertMonth(from, to);
        return List.of(new WeekComplaint("TS-20261103-0001", "general", "company", "1栋101"),
            new WeekComplaint("TS-20261120-0002", "general", "company", "1栋101"));
      }

      @Override
      int suggestions(Date from, Date to, String office) {
        assertMonth(from, to);
        return 1;
      }

      @Override
      int closed(Date from, Date to, String office) {
        return 2;
      }

      @Override
      int overdue(Date from, Date to, String office) {
        return 0;
      }
    };
    Mocks.register("compileMonthlyFiguresDelegate", new CompileMonthlyFiguresDelegate(service));
    Mocks.register("startOfficeMonthlyReviewsDelegate", new StartOfficeMonthlyReviewsDelegate());
    Mocks.register("signComplaintLogListener", new SignComplaintLogListener(new ComplaintLogSignOff()));
    Mocks.register("taskNoticeListener", com.huifang.notice.TaskNoticeListener.off());
  }

  @AfterEach
  void reset() {
    engine.getProcessEngine().getIdentityService().clearAuthentication();
    ProcessTests.end();
  }

  private static void assertMonth(Date from, Date to) {
    assertThat(from).isEqualTo(at(LocalDateTime.of(2026, 11, 1, 0, 0)));
    assertThat(to).isEqualTo(at(LocalDateTime.of(2026, 12, 1, 0, 0)));
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }

  /** The 1st of December at 9:00: the timer fires, and the office's review starts. */
  private ProcessInstance firstOfMonth() {
    Job job = management.createJobQuery().timers().activityId(START).singleResult();
    Date first = at(LocalDateTime.of(2026, 12, 1, 9, 0));
    assertThat(job.getDuedate()).isEqualTo(first);
    ClockUtil.setCurrentTime(first);
    management.executeJob(job.getId());
    HistoricProcessInstance review = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MonthlyComplaintReview.KEY).list().stream()
        .filter(p -> OFFICE_REVIEW.equals(p.getStartActivityId())).findFirst().orElseThrow();
    return runtime.createProcessInstanceQuery().processInstanceId(review.getId()).singleResult();
  }

  private Task taskAt(ProcessInstance pi, String activityId) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  @Test
  @DisplayName("C18 C20 on the 1st at 9:00 each office's review starts: the chief housekeeper reviews and signs last month's complaint log (who and when kept), the senior housekeeper's monthly summary goes to the office manager")
  void monthlyReview() {
    ProcessInstance pi = firstOfMonth();
    HistoricProcessInstance timerInstance = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MonthlyComplaintReview.KEY).list().stream()
        .filter(p -> START.equals(p.getStartActivityId())).findFirst().orElseThrow();
    assertThat(timerInstance.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(pi).hasPassed(OFFICE_REVIEW, COMPILE).isWaitingAt(SIGN_LOG, WRITE_SUMMARY).variables()
        .containsEntry(MONTH.name(), "2026-11");
    String figures = (String) runtime.getVariable(pi.getId(), FIGURES.name());
    assertThat(figures).startsWith("统计周期:2026-11-01 至 2026-11-30\n收到投诉:2 件\n收到意见建议:1 件");
    assertThat((String) runtime.getVariable(pi.getId(), REPEATED.name())).contains("同一房号 1栋101 2 次");

    Date due = at(LocalDateTime.of(2026, 12, 8, 9, 0));
    assertThat(taskAt(pi, SIGN_LOG)).hasName("查阅签字客户投诉登记表").hasCandidateGroup("chief-housekeeper").hasDueDate(due);
    assertThat(taskAt(pi, WRITE_SUMMARY)).hasName("每月投诉统计分析汇报").hasCandidateGroup("senior-housekeeper").hasDueDate(due);

    // the chief housekeeper claims the task and signs on 2 December at 10:00
    Date signedAt = at(LocalDateTime.of(2026, 12, 2, 10, 0));
    ClockUtil.setCurrentTime(signedAt);
    tasks.claim(taskAt(pi, SIGN_LOG).getId(), "shouxi");
    tasks.complete(taskAt(pi, SIGN_LOG).getId(), Variables.createVariables().putValue(LOG_REVIEWED.name(), true)
        .putValue(LOG_REVIEW_OPINION.name(), "1栋101重复投诉须跟进"));
    assertThat(pi).hasPassed(END_LOG_SIGNED).variables().containsEntry(LOG_SIGNED_BY.name(), "shouxi")
        .containsEntry(LOG_SIGNED_AT.name(), signedAt);

    tasks.complete(taskAt(pi, WRITE_SUMMARY).getId(), Variables.createVariables()
        .putValue(SUMMARY.name(), "11月投诉2件,均为1栋101电梯问题").putValue(MEASURES.name(), "工程部更换1栋电梯门机"));
    assertThat(taskAt(pi, READ_SUMMARY)).hasName("阅知每月投诉分析汇报").hasCandidateGroup("office-manager")
        .hasDueDate(at(LocalDateTime.of(2026, 12, 3, 10, 0)));
    tasks.complete(taskAt(pi, READ_SUMMARY).getId());
    assertThat(pi).isEnded().hasPassed(END_SUMMARY_READ);

    // the cycle goes on: next month's review on 1 January
    assertThat(management.createJobQuery().timers().activityId(START).singleResult().getDuedate())
        .isEqualTo(at(LocalDateTime.of(2027, 1, 1, 9, 0)));
  }

  @Test
  @DisplayName("C18 the log is signed only once reviewed, by the chief housekeeper completing the task (the user signed in when not claimed)")
  void signOffNeedsTheReview() {
    ProcessInstance pi = firstOfMonth();
    String sign = taskAt(pi, SIGN_LOG).getId();
    assertThatThrownBy(() -> tasks.complete(sign, Variables.createVariables().putValue(LOG_REVIEWED.name(), false)))
        .hasMessageContaining("请查阅上月《客户投诉登记表》后勾选确认");
    assertThatThrownBy(() -> tasks.complete(sign, Variables.createVariables().putValue(LOG_REVIEWED.name(), true)))
        .hasMessageContaining("签字须由登录的首席物业管家本人完成");
    engine.getProcessEngine().getIdentityService().setAuthenticatedUserId("shouxi2");
    tasks.complete(sign, Variables.createVariables().putValue(LOG_REVIEWED.name(), true));
    assertThat(pi).variables().containsEntry(LOG_SIGNED_BY.name(), "shouxi2");
  }
}
