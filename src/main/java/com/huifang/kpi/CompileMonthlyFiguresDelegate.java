package com.huifang.kpi;

import static com.huifang.kpi.MonthlyComplaintReview.Vars.*;

import com.huifang.engine.EngineClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 汇总上月投诉: the previous calendar month's figures of the case's office, for the sign-off and the summary. */
@Component("compileMonthlyFiguresDelegate")
class CompileMonthlyFiguresDelegate implements JavaDelegate {

  private final WeeklyComplaintAnalysisService analysis;

  CompileMonthlyFiguresDelegate(WeeklyComplaintAnalysisService analysis) {
    this.analysis = analysis;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate start = analysis.previousMonthStart(EngineClock.nowAsDate());
    var month = analysis.compile(start, start.plusMonths(1), execution.getTenantId());
    MONTH.set(execution, start.toString().substring(0, 7));
    FIGURES.set(execution, analysis.figuresText(month));
    REPEATED.set(execution, WeeklyComplaintAnalysisService.repeatedProblems(month.received()));
  }
}
