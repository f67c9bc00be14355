package com.huifang.quality;

import com.huifang.engine.PerOffice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issue 27, the monthly timer's one step: starts this month's draw once per management office, so each office's
 * revisits are that office's cases, called by a draw of its own.
 */
@Component("startOfficeDrawsDelegate")
class StartOfficeDrawsDelegate implements JavaDelegate {

  static final String OFFICE_DRAWS = "routineRevisitOfficeDraws";

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OFFICE_DRAWS, PerOffice.startByMessage(execution, RoutineQualityRevisit.OFFICE_DRAW_MESSAGE));
  }
}
