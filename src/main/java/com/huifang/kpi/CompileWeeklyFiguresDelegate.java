package com.huifang.kpi;

import com.huifang.engine.EngineClock;
import static com.huifang.kpi.WeeklyComplaintAnalysis.Vars.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 汇总上周投诉: the previous week's figures and repeated problems, kept as variables for the form and history. */
@Component("compileWeeklyFiguresDelegate")
class CompileWeeklyFiguresDelegate implements JavaDelegate {

  private final WeeklyComplaintAnalysisService analysis;

  CompileWeeklyFiguresDelegate(WeeklyComplaintAnalysisService analysis) {
    this.analysis = analysis;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = EngineClock.nowAsDate();
    // each office's analysis counts its own office's complaints (issue 27)
    var week = analysis.compile(analysis.previousWeekStart(now), execution.getTenantId());
    WEEK_START.set(execution, week.start().toString());
    RECEIVED_COUNT.set(execution, week.received().size());
    CLOSED_COUNT.set(execution, week.closed());
    OVERDUE_COUNT.set(execution, week.overdue());
    FIGURES.set(execution, analysis.figuresText(week));
    REPEATED.set(execution, WeeklyComplaintAnalysisService.repeatedProblems(week.received()));
    DUE.set(execution, analysis.dueDate(now));
  }
}
