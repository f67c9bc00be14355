package com.huifang.kpi;

import com.huifang.engine.PerOffice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The monthly timer's one step: starts last month's review once per management office (issue 27). */
@Component("startOfficeMonthlyReviewsDelegate")
class StartOfficeMonthlyReviewsDelegate implements JavaDelegate {

  static final String OFFICE_REVIEWS = "monthlyReviewOffices";

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OFFICE_REVIEWS, PerOffice.startByMessage(execution, MonthlyComplaintReview.OFFICE_REVIEW_MESSAGE));
  }
}
