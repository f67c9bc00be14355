package com.huifang.kpi;

import com.huifang.engine.PerOffice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issue 27, the Monday timer's one step: starts last week's analysis once per management office, so each office's
 * senior housekeeper analyses that office's complaints.
 */
@Component("startOfficeAnalysesDelegate")
class StartOfficeAnalysesDelegate implements JavaDelegate {

  static final String OFFICE_ANALYSES = "weeklyAnalysisOffices";

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OFFICE_ANALYSES,
        PerOffice.startByMessage(execution, WeeklyComplaintAnalysis.OFFICE_ANALYSIS_MESSAGE));
  }
}
