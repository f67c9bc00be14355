package com.huifang.kpi;

import static com.huifang.kpi.WeeklyComplaintAnalysis.Elements.*;
import static com.huifang.kpi.WeeklyComplaintAnalysis.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.huifang.ProcessTests;
import com.huifang.engine.HuifangProperties;
import com.huifang.kpi.KpiFigure.Bound;
import com.huifang.kpi.KpiReport.ServiceLevelCompliance;
import com.huifang.kpi.WeeklyComplaintAnalysisService.WeekComplaint;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * The senior housekeeper's weekly complaint analysis (每周分析总结) on a plain engine with the real delegate
 * and the real figures text. The week's complaints and the KPIs are given by hand (their history queries
 * are the ones of {@link KpiService}, proved on the running application in {@code KpiSpringTest}).
 */
@Deployment(resources = {"processes/weekly-complaint-analysis.bpmn", "forms/weekly-complaint-analysis.form",
    "forms/weekly-complaint-analysis-read.form", "processes/task-due-defaults.dmn"})
class WeeklyComplaintAnalysisProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTests.engineCovering100PercentExcept();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate LAST_WEEK = LocalDate.of(2026, 11, 23);

  private RuntimeService runtime;
  private TaskService tasks;
  private ManagementService management;
  private HistoryService history;

  /** The week of 23–29 November: four complaints, two of them the same category and the same unit. */
  static final List<WeekComplaint> RECEIVED = List.of(
      new WeekComplaint("TS-20261123-0001", "general", "company", "1栋101"),
      new WeekComplaint("TS-20261124-0002", "important", "company", "1栋101"),
      new WeekComplaint("TS-20261125-0003", "general", "developer", "2栋202"),
      new WeekComplaint("TS-20261127-0004", "major", null, "3栋303"));

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
        assertThat(from).isEqualTo(LAST_WEEK);
        assertThat(to).isEqualTo(LAST_WEEK.plusWeeks(1));
        return new KpiReport(from, to,
            KpiFigure.of("K1", "投诉回访率", 3, 4, 100, Bound.AT_LEAST),
            KpiFigure.of("K2", "有业主签名的上门回访率", 1, 5, 40, Bound.AT_LEAST),
            KpiFigure.of("K3", "电话和信函回访率", 4, 5, 60, Bound.AT_MOST),
            KpiFigure.of("K5", "满意率", 5, 5, 100, Bound.AT_LEAST),
            List.of(new ServiceLevelCompliance("general", "一般",
                KpiFigure.of("K6", "一般投诉按时答复率", 2, 2, 100, Bound.AT_LEAST),
                KpiFigure.of("K6", "一般投诉按时解决率", 1, 2, 100, Bound.AT_LEAST))),
            List.of());
      }
    };
    var service = new WeeklyComplaintAnalysisService(history, kpis, properties) {
      @Override
      List<WeekComplaint> received(Date from, Date to, String office) {
        assertWeek(from, to);
        return RECEIVED;
      }

      @Override
      int suggestions(Date from, Date to, String office) {
        assertWeek(from, to);
        return 2;
      }

      @Override
      int closed(Date from, Date to, String office) {
        assertWeek(from, to);
        return 3;
      }

      @Override
      int overdue(Date from, Date to, String office) {
        assertWeek(from, to);
        return 1;
      }
    };
    Mocks.register("compileWeeklyFiguresDelegate", new CompileWeeklyFiguresDelegate(service));
    Mocks.register("startOfficeAnalysesDelegate", new StartOfficeAnalysesDelegate());
    Mocks.register("taskNoticeListener", com.huifang.notice.TaskNoticeListener.off());
  }

  private static void assertWeek(Date from, Date to) {
    assertThat(from).isEqualTo(at(LocalDateTime.of(2026, 11, 23, 0, 0)));
    assertThat(to).isEqualTo(at(LocalDateTime.of(2026, 11, 30, 0, 0)));
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }

  @AfterEach
  void reset() {
    ProcessTests.end();
  }

  private Job timer() {
    return management.createJobQuery().timers().activityId(START).singleResult();
  }

  @Test
  @DisplayName("K1 K5 K6 C10 C19 C20 each Monday at 9:00 the senior housekeeper gets last week's figures (suggestions counted) and repeated problems, records the corrective actions in history, and the chief housekeeper reads them")
  void weeklyAnalysis() {
    // deployed on Monday 23 November at 10:00: the first analysis is next Monday at 9:00
    Job job = timer();
    Date monday = at(LocalDateTime.of(2026, 11, 30, 9, 0));
    assertThat(job.getDuedate()).isEqualTo(monday);
    ClockUtil.setCurrentTime(monday);
    management.executeJob(job.getId());

    // the timer's instance starts one analysis per office (no office on this bare engine: one) and ends
    List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(WeeklyComplaintAnalysis.KEY).list();
    HistoricProcessInstance timerInstance = started.stream().filter(p -> START.equals(p.getStartActivityId()))
        .findFirst().orElseThrow();
    assertThat(timerInstance.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(timerInstance.getId()).list())
        .extracting(a -> a.getActivityId())
        .containsExactlyInAnyOrder(START, START_OFFICE_ANALYSES, END_OFFICE_ANALYSES_STARTED);
    HistoricProcessInstance analysis = started.stream()
        .filter(p -> OFFICE_ANALYSIS.equals(p.getStartActivityId())).findFirst().orElseThrow();
    var instance = runtime.createProcessInstanceQuery().processInstanceId(analysis.getId()).singleResult();
    assertThat(instance).isWaitingAt(ANALYSE).hasPassed(OFFICE_ANALYSIS, COMPILE);

    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys().singleResult();
    assertThat(task).hasName("每周投诉分析总结").hasCandidateGroup("senior-housekeeper");
    assertThat(task.getDueDate()).as("due within the week: Friday 18:00")
        .isEqualTo(at(LocalDateTime.of(2026, 12, 4, 18, 0)));
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(WeeklyComplaintAnalysis.FORM);

    Map<String, Object> vars = runtime.getVariables(instance.getId());
    assertThat(vars).containsEntry(WEEK_START.name(), "2026-11-23").containsEntry(RECEIVED_COUNT.name(), 4)
        .containsEntry(CLOSED_COUNT.name(), 3).containsEntry(OVERDUE_COUNT.name(), 1);
    assertThat((String) vars.get(FIGURES.name())).isEqualTo(String.join("\n",
        "统计周期:2026-11-23 至 2026-11-29",
        "收到投诉:4 件",
        "收到意见建议:2 件",
        "按等级:一般 2,重要 1,重大 1",
        "按原因类别:本公司管理服务 2,他户原因 0,开发遗留问题 1,市政设施 0,未分类 1",
        "结案:3 件;超时:1 件",
        "K1 投诉回访率:75.0%(3/4,目标 100.0%,未达标)",
        "K5 满意率:100.0%(5/5,目标 100.0%)",
        "K6 一般投诉按时答复率:100.0%(2/2,目标 100.0%);K6 一般投诉按时解决率:50.0%(1/2,目标 100.0%,未达标)"));
    assertThat((String) vars.get(REPEATED.name())).isEqualTo(String.join("\n",
        "同一类别 本公司管理服务 2 次:TS-20261123-0001、TS-20261124-0002",
        "同一房号 1栋101 2 次:TS-20261123-0001、TS-20261124-0002"));

    tasks.complete(task.getId(), Variables.createVariables()
        .putValue(CORRECTIVE_ACTIONS.name(), "1栋101漏水反复投诉:工程部全面检修该单元防水层")
        .putValue(RESPONSIBLE.name(), "工程部主管")
        .putValue(ACTION_DUE.name(), "2026-12-11"));
    // C20: the analysis goes on to the chief housekeeper, who reads it
    Task read = tasks.createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys().singleResult();
    assertThat(read).hasName("阅知每周投诉分析总结").hasCandidateGroup("chief-housekeeper")
        .hasDueDate(at(LocalDateTime.of(2026, 12, 1, 9, 0)));
    assertThat(read.getCamundaFormRef().getKey()).isEqualTo(WeeklyComplaintAnalysis.READ_FORM);
    tasks.complete(read.getId());
    assertThat(instance).isEnded().hasPassed(ANALYSE, READ, END);

    // the record stays in history, with the week's figures
    Map<String, Object> recorded = history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getName, v -> v.getValue() == null ? "" : v.getValue()));
    assertThat(recorded)
        .containsEntry(CORRECTIVE_ACTIONS.name(), "1栋101漏水反复投诉:工程部全面检修该单元防水层")
        .containsEntry(RESPONSIBLE.name(), "工程部主管").containsEntry(ACTION_DUE.name(), "2026-12-11")
        .containsEntry(WEEK_START.name(), "2026-11-23").containsKeys(FIGURES.name(), REPEATED.name());
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ANALYSE).finished().count()).isEqualTo(1);

    // the cycle goes on: the next analysis is the Monday after
    assertThat(timer().getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 7, 9, 0)));
  }
}
