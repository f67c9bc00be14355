package com.huifang.warranty;

import static com.huifang.warranty.Warranty.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** W6, the {@code end} listener of 编写维修报告: the written report as the rule asks ({@link WarrantySteps#repairReport}). */
@Component("recordRepairReportListener")
class RecordRepairReportListener implements ExecutionListener {

  private final WarrantySteps steps;

  RecordRepairReportListener(WarrantySteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // ended by the warranty end or a cancelled case: nothing was submitted
    }
    steps.repairReport(CAUSE.get(execution), CAUSE_DESCRIPTION.get(execution), MEASURES.get(execution),
        RELIABILITY.get(execution), Boolean.TRUE.equals(REPORT_PRINTED.get(execution)),
        Boolean.TRUE.equals(OWNER_SIGNED_REPORT.get(execution)));
  }
}
