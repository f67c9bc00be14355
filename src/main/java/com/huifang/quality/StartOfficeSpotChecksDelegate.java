package com.huifang.quality;

import com.huifang.engine.PerOffice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issue 27, the monthly timer's one step: starts this month's spot check once per management office, so each office
 * samples its own repair orders and its quality revisits are that office's cases.
 */
@Component("startOfficeSpotChecksDelegate")
class StartOfficeSpotChecksDelegate implements JavaDelegate {

  static final String OFFICE_CHECKS = "spotCheckOfficeChecks";

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OFFICE_CHECKS, PerOffice.startByMessage(execution, QualitySpotCheck.OFFICE_CHECK_MESSAGE));
  }
}
